// "The president", "the Ukrainian president", "the mayor": a title that stands for a person named
// elsewhere in the document, linked only when exactly one person found there holds that title.
import { ALL_QUALIFIERS, REFERRING_TITLES, countryByQualifier } from '../../facts/actors/index.js';
import { overlaps, PRIORITY, type Candidate, type EntityContext } from './candidate.js';
import { alternation, fold } from './patterns.js';

let regex: RegExp | null = null;

/** Runs after the other matchers: `kept` are the candidates kept so far. */
export function findTitleReferences(ctx: EntityContext, kept: readonly Candidate[]): Candidate[] {
  regex ??= new RegExp(
    `(?<![\\p{L}])[Tt]he\\s+(?:(${alternation(ALL_QUALIFIERS)})\\s+)?(${alternation(REFERRING_TITLES.flatMap((t) => [t, t[0]!.toUpperCase() + t.slice(1)]))})(?![\\p{L}-])(?!\\s+(?:of|for|to|\\p{Lu}))`,
    'gu',
  );
  const people = new Map<string, Candidate>();
  for (const c of kept) if (c.type === 'PERSON' && c.role && !people.has(c.key)) people.set(c.key, c);
  if (people.size === 0) return [];
  const out: Candidate[] = [];
  ctx.sections.forEach((s, si) => {
    for (const m of s.section.text.text.matchAll(regex!)) {
      const title = fold(m[2]!);
      const country = m[1] ? countryByQualifier(m[1]) : null;
      const holders = [...people.values()].filter(
        (p) => fold(p.role!).startsWith(title) && (!country || p.side === country.code),
      );
      if (holders.length !== 1) continue;
      const holder = holders[0]!;
      const start = m.index + m[0].indexOf(m[1] ?? m[2]!, 3);
      const span = { start, end: m.index + m[0].length };
      if (kept.some((k) => k.section === si && overlaps(k, span))) continue;
      out.push({ ...holder, section: si, ...span, priority: PRIORITY.unknown });
    }
  });
  return out;
}
