// Names of parties and operations that tie a text to an area even when no place of it is named:
// the self-proclaimed republics and the 2014-22 operation zones lie in Donetsk and Luhansk oblasts.
export interface AreaHint {
  pattern: RegExp;
  /** English admin1 names (as in ua-oblasts.ts) the hint points to. */
  areas: readonly string[];
}

export const AREA_HINTS: readonly AreaHint[] = [
  { pattern: /\b(?:DPR|DNR|Donetsk People['’]s Republic)\b/g, areas: ['Donetsk'] },
  { pattern: /\b(?:LPR|LNR|Luhansk People['’]s Republic|Lugansk People['’]s Republic)\b/g, areas: ['Luhansk'] },
  { pattern: /\b(?:NAF|JFO|ATO zone|Joint Forces Operation)\b/g, areas: ['Donetsk', 'Luhansk'] },
];
