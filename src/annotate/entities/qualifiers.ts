// Country qualifiers before a noun phrase ("Russian", "Ukraine's", "North Korean", "U.S."), over words.
import { COUNTRIES, type CountryFact } from '../../facts/actors/index.js';
import { PhraseTrie } from './phrase-trie.js';
import type { Word } from './words.js';

export interface Qualifier {
  country: CountryFact;
  /** "Ukraine's": a possessive, which is not part of the name that follows. */
  possessive: boolean;
  /** A bare country name ("Ukraine"), which rarely qualifies a group. */
  bareName: boolean;
}

let trie: PhraseTrie<Qualifier> | null = null;

function build(): PhraseTrie<Qualifier> {
  const t = new PhraseTrie<Qualifier>();
  for (const country of COUNTRIES) {
    for (const q of country.qualifiers) {
      const possessive = /['’]s$/.test(q);
      // The possessive 's lies outside words, so it is matched as the gap before the next word.
      t.add(possessive ? q.slice(0, -2) : q, { country, possessive, bareName: q === country.name || q === 'Kremlin' });
    }
  }
  return t;
}

/** The qualifier that ends right before word `i`, with the index of its first word. */
export function qualifierBefore(words: readonly Word[], i: number): { q: Qualifier; from: number } | null {
  trie ??= build();
  const w = words[i];
  if (!w) return null;
  const possessive = w.gap === "'s ";
  const abbreviation = w.gap === '. ';
  if (!possessive && !abbreviation && w.gap !== ' ') return null;
  const m = trie.endingBefore(words, i, 3);
  if (!m || (abbreviation && words[m.to - 1]!.text.length !== 1)) return null;
  const q = m.payloads.find((p) => p.possessive === possessive) ?? (possessive ? null : m.payloads[0]);
  return q ? { q, from: m.from } : null;
}

/** A country named after "of (the)" starting at word `i`: "of Ukraine", "of the Russian Federation". */
export function countryAfterOf(words: readonly Word[], i: number): { country: CountryFact; to: number } | null {
  if (words[i]?.text !== 'of' || words[i]!.gap !== ' ') return null;
  let k = i + 1;
  if (words[k]?.text === 'the' && words[k]!.gap === ' ') k++;
  if (words[k]?.gap !== ' ') return null;
  for (const c of COUNTRIES) {
    const parts = c.name.split(' ');
    if (parts.every((p, n) => words[k + n]?.text === p && (n === 0 || words[k + n]!.gap === ' '))) return { country: c, to: k + parts.length };
  }
  if (words[k]?.text === 'Russian' && words[k + 1]?.text === 'Federation') return { country: COUNTRIES.find((c) => c.code === 'RU')!, to: k + 2 };
  return null;
}

/** The qualifier that starts at word `i` ("the Ukrainian president"), with the index after it. */
export function qualifierAt(words: readonly Word[], i: number): { q: Qualifier; to: number } | null {
  trie ??= build();
  if (!words[i]) return null;
  const m = trie.longestAt(words, i);
  const next = m ? words[m.to] : undefined;
  if (!m || !next) return null;
  const possessive = next.gap === "'s ";
  const q = m.payloads.find((p) => p.possessive === possessive);
  return q && (possessive || next.gap === ' ' || (next.gap === '. ' && words[m.to - 1]!.text.length === 1)) ? { q, to: m.to } : null;
}
