// Settling overlaps between candidates: the longest span wins, then the higher priority, then the earlier
// matcher. What is kept becomes one EntityMention per span, sorted by position within each section.
import type { EntityMention } from '../types.js';
import type { Candidate } from './candidate.js';

export function keepBest(candidates: readonly Candidate[]): Candidate[] {
  const ranked = candidates
    .map((c, order) => ({ c, order }))
    .sort((a, b) => b.c.end - b.c.start - (a.c.end - a.c.start) || b.c.priority - a.c.priority || a.order - b.order);
  const kept: Candidate[] = [];
  const taken = new Map<number, Set<number>>();
  for (const { c } of ranked) {
    if (c.end <= c.start) continue;
    let chars = taken.get(c.section);
    if (!chars) taken.set(c.section, (chars = new Set()));
    let free = true;
    for (let i = c.start; i < c.end && free; i++) if (chars.has(i)) free = false;
    if (!free) continue;
    for (let i = c.start; i < c.end; i++) chars.add(i);
    kept.push(c);
  }
  return kept;
}

export function toMentions(kept: readonly Candidate[], sections: ReadonlyArray<{ section: { text: { text: string } } }>): EntityMention[][] {
  const out: EntityMention[][] = sections.map(() => []);
  for (const c of kept) {
    out[c.section]!.push({
      start: c.start, end: c.end, text: sections[c.section]!.section.text.text.slice(c.start, c.end), type: c.type,
      canonical: c.canonical, id: c.key, ...(c.side ? { side: c.side } : {}), ...(c.role ? { role: c.role } : {}),
    });
  }
  for (const list of out) list.sort((a, b) => a.start - b.start);
  return out;
}
