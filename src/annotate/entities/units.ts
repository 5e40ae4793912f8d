// Named military units: "the 93rd Mechanized Brigade", "1st Guards Tank Army", "Southern Military District".
// The side comes from a qualifier before the name, else from naming habits each army keeps.
import { PRIORITY, type Candidate, type EntityContext, type EntityMatcher } from './candidate.js';
import { qualifierBefore } from './qualifiers.js';
import type { Word } from './words.js';

const UNIT_HEADS = new Set(['Brigade', 'Regiment', 'Division', 'Battalion', 'Army', 'Corps', 'Fleet', 'Flotilla', 'Detachment', 'Squadron', 'Company', 'Legion', 'District']);
const DISTRICTS = new Set(['Southern', 'Western', 'Central', 'Eastern', 'Northern', 'Leningrad', 'Moscow']);
const ORDINAL = /^\d{1,3}(?:st|nd|rd|th)$/;

/** Words only one army uses in its unit names, in order: the first that matches decides. */
const SIDE_BY_NAME: ReadonlyArray<[RegExp, string]> = [
  [/Motor Rifle|Motori[sz]ed Rifle|Combined Arms|Guards|Tank (?:Army|Division|Regiment)|Army Corps|Military District|Air Assault Division|Airborne Division|Naval Infantry|Spetsnaz|Cossack|Training Regiment/, 'RU'],
  [/Mechani[sz]ed|Separate|Territorial Defen[cs]e|Jaeger|Presidential|Assault Brigade|Marine Brigade|Operational Command/, 'UA'],
];

/** The unit name starting at word `i` (an ordinal, or a district's compass word), as [from, to). */
function unitAt(words: readonly Word[], i: number): number | null {
  const w = words[i]!;
  if (DISTRICTS.has(w.text) && words[i + 1]?.text === 'Military' && words[i + 2]?.text === 'District') return i + 3;
  if (!ORDINAL.test(w.text)) return null;
  for (let k = i + 1; k <= i + 6 && words[k]; k++) {
    const x = words[k]!;
    if (x.gap !== ' ' || !/^(?:\p{Lu}|and$|of$)/u.test(x.text)) return null;
    if (UNIT_HEADS.has(x.text)) {
      // "11th Army Corps": a head may be followed by another ("Army" + "Corps").
      while (words[k + 1] && words[k + 1]!.gap === ' ' && UNIT_HEADS.has(words[k + 1]!.text)) k++;
      return k + 1;
    }
  }
  return null;
}

function findUnits(ctx: EntityContext): Candidate[] {
  const out: Candidate[] = [];
  ctx.words.forEach((words, si) => {
    const text = ctx.sections[si]!.section.text.text;
    for (let i = 0; i < words.length; i++) {
      const to = unitAt(words, i);
      if (to === null) continue;
      const start = words[i]!.start;
      const end = words[to - 1]!.end;
      const name = text.slice(start, end).replace(/\s+/g, ' ');
      const q = qualifierBefore(words, i);
      const side = q?.q.country.code ?? SIDE_BY_NAME.find(([re]) => re.test(name))?.[1];
      const canonical = side ? `${name} (${side})` : name;
      out.push({
        section: si, start, end, type: 'ORG', key: 'unit:' + canonical, canonical,
        ...(side ? { side } : {}), role: 'military unit', priority: PRIORITY.institution,
      });
      i = to - 1;
    }
  });
  return out;
}

export const units: EntityMatcher = { name: 'units', run: (ctx) => findUnits(ctx) };
