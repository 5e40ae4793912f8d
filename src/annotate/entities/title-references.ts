// "The president", "the Ukrainian president", "the mayor": a title that stands for a person named
// elsewhere in the document, linked only when exactly one person found there holds that title.
import { REFERRING_TITLES } from '../../facts/actors/index.js';
import { overlaps, PRIORITY, type Candidate, type EntityContext } from './candidate.js';
import { fold } from './patterns.js';
import { caseVariants, PhraseTrie } from './phrase-trie.js';
import { qualifierAt } from './qualifiers.js';
import { isCapitalised } from './words.js';

let titles: PhraseTrie<string> | null = null;

function build(): PhraseTrie<string> {
  const t = new PhraseTrie<string>();
  for (const title of REFERRING_TITLES) for (const v of caseVariants(title)) t.add(v, title);
  return t;
}

/** Runs after the other matchers: `kept` are the candidates kept so far. */
export function findTitleReferences(ctx: EntityContext, kept: readonly Candidate[]): Candidate[] {
  const people = new Map<string, Candidate>();
  for (const c of kept) if (c.type === 'PERSON' && c.role && !people.has(c.key)) people.set(c.key, c);
  if (people.size === 0) return [];
  titles ??= build();
  const out: Candidate[] = [];
  ctx.words.forEach((words, si) => {
    for (let i = 0; i + 1 < words.length; i++) {
      if (words[i]!.text !== 'the' && words[i]!.text !== 'The') continue;
      const q = words[i + 1]!.gap === ' ' ? qualifierAt(words, i + 1) : null;
      const at = q ? q.to : i + 1;
      if (words[at]?.gap !== ' ') continue;
      const m = titles!.longestAt(words, at);
      if (!m) continue;
      // "the president of France", "the mayor Ihor Terekhov": the title is not standing for someone.
      const after = words[m.to];
      if (after && (/^[ -]$/.test(after.gap) && (after.text === 'of' || after.text === 'for' || after.text === 'to' || isCapitalised(after)))) continue;
      if (after && after.gap === '-') continue;
      const title = fold(m.payloads[0]!);
      const holders = [...people.values()].filter(
        (p) => fold(p.role!).startsWith(title) && (!q || p.side === q.q.country.code),
      );
      if (holders.length !== 1) continue;
      const span = { start: words[q && !q.q.possessive ? i + 1 : at]!.start, end: words[m.to - 1]!.end };
      if (kept.some((k) => k.section === si && overlaps(k, span))) continue;
      out.push({ ...holders[0]!, section: si, ...span, priority: PRIORITY.unknown });
    }
  });
  return out;
}
