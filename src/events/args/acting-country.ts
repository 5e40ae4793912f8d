// The country whose government acts in a sentence that names no place for a decision or statement: "the
// U.S. aid bill was approved", "the Senate passed the bill", "the Bundestag voted". CODEBOOK's rule: a
// decision with no place of its own is placed at the acting government's country, never at the country it
// is about ("aid for Ukraine", "sanctions against Russia").
import type { Token } from '../../annotate/types.js';
import { COUNTRIES } from '../../facts/places/countries.js';

/** A country's institutions, named without the country: the government that acts. */
const INSTITUTIONS: Readonly<Record<string, string>> = {
  congress: 'US', senate: 'US', pentagon: 'US', kremlin: 'RU', duma: 'RU', rada: 'UA', bundestag: 'DE',
  bundesrat: 'DE', sejm: 'PL', knesset: 'IL', elysee: 'FR', 'élysée': 'FR', whitehall: 'GB',
};

/** Words before a country that make it what the act is about or for, not who acts: "aid to Ukraine". */
const ABOUT = new Set(['for', 'to', 'against', 'on', 'into', 'from', 'with', 'toward', 'towards', 'about', 'over']);

/** Every country name and demonym, lowercased, single words only (multi-word names are place mentions). */
const COUNTRY_WORDS: ReadonlyMap<string, string> = new Map(
  COUNTRIES.flatMap((c) => [...c.names, ...c.demonyms].filter((w) => !w.includes(' ')).map((w) => [w.toLowerCase(), c.code] as const)),
);

function countryOfWord(word: string): string | undefined {
  const w = word.toLowerCase().replace(/['’]s$/, '');
  return INSTITUTIONS[w] ?? COUNTRY_WORDS.get(w);
}

/**
 * The acting country: the first country word, demonym or institution of the sentence that no preposition
 * of aim ("for", "to", "against") introduces; words before the trigger first. Undefined when none.
 */
export function actingCountry(tokens: readonly Token[], triggerAt: number): string | undefined {
  const before = tokens.filter((t) => t.start < triggerAt);
  const after = tokens.filter((t) => t.start >= triggerAt);
  for (const part of [before, after]) {
    // "according to a report by British intelligence": who reports it is a source, not the government that acts;
    // the source's words run to the next comma.
    let source = false;
    for (let i = 0; i < part.length; i++) {
      const t = part[i]!;
      const w = t.text.toLowerCase();
      if (w === 'according' && (part[i + 1]?.text.toLowerCase() ?? '') === 'to') source = true;
      else if (w === ',' || w === ';') source = false;
      if (source || !/^\p{Lu}/u.test(t.text)) continue;
      const code = countryOfWord(t.text);
      if (!code) continue;
      if (aimBefore(part, i)) continue;
      return code;
    }
  }
  return undefined;
}

/** Whether the word at `i` is introduced by a preposition of aim: "for Ukraine", "against the Kremlin". */
export function aimBefore(tokens: readonly Token[], i: number): boolean {
  const prev = (tokens[i - 1]?.text ?? '').toLowerCase();
  const prev2 = (tokens[i - 2]?.text ?? '').toLowerCase();
  return ABOUT.has(prev) || (prev === 'the' && ABOUT.has(prev2));
}
