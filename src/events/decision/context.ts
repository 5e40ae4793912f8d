// Where each candidate stands among the others of its document, for the learned decision: a sentence that tells
// one happening often fires two triggers of one family ("voted to approve the aid"), and a happening told in the
// lead is told again further down. Neither is dropped here; the decision learns how often such a candidate is a
// second telling, and the fold after it (../fold.ts) keeps one of a sentence's.
import type { Draft } from '../draft.js';
import { EVENT_TYPES } from '../taxonomy.js';
import type { CandidateContext } from './features.js';

const placeKey = (d: Draft): string => d.location?.name ?? '';

/** The key of one happening within a sentence: its family and its place (listed places are separate events). */
export const sentenceKey = (d: Draft): string => `${d.section}:${d.sentence}:${EVENT_TYPES[d.type].family}:${placeKey(d)}`;

/** Stronger first: the trigger's own weight, then the earlier trigger. */
const stronger = (a: Draft, b: Draft): number => b.weight - a.weight || a.trigger.start - b.trigger.start;

/** The context of every draft, in the order given (the document's order: sections, then sentences). */
export function candidateContexts(drafts: readonly Draft[]): Map<Draft, CandidateContext> {
  const bySentence = new Map<string, Draft[]>();
  for (const d of drafts) {
    const key = sentenceKey(d);
    const group = bySentence.get(key);
    if (group) group.push(d);
    else bySentence.set(key, [d]);
  }
  const later = new Set<Draft>();
  for (const group of bySentence.values()) if (group.length > 1) for (const d of [...group].sort(stronger).slice(1)) later.add(d);
  const seen = new Map<string, number>();
  const out = new Map<Draft, CandidateContext>();
  for (const d of drafts) {
    const key = d.location && d.date ? `${EVENT_TYPES[d.type].family}:${placeKey(d)}:${d.date.value}` : null;
    const first = key ? seen.get(key) : undefined;
    const order = d.section * 1e4 + d.sentence;
    out.set(d, { laterInSentence: later.has(d), repeatsEarlier: first !== undefined && first < order });
    if (key && first === undefined) seen.set(key, order);
  }
  return out;
}
