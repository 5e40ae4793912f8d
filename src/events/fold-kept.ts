// One event per action, place and day, after the decision: a sentence that tells one happening with two
// triggers of a family ("the Senate voted to approve the aid package", "met for talks") keeps the one of the
// higher-ranked type (the more likely of equals) as the event; the other stays a candidate (kept in the ledger, not shown by default). Listed places are
// separate events and stay apart, as do events of different families.
import { EVENT_TYPES } from './taxonomy.js';

/** What the fold reads of an event: the batch output's fields, so that the training scripts fold as the pipeline does. */
export interface FoldableEvent {
  type: string;
  section?: number;
  evidence?: ReadonlyArray<{ start: number }>;
  location?: { name: string } | null;
  confidence: number;
}

const keyOf = (e: FoldableEvent): string =>
  `${e.section}:${e.evidence?.[0]?.start ?? -1}:${EVENT_TYPES[e.type as keyof typeof EVENT_TYPES]?.family ?? e.type}:${e.location?.name ?? ''}`;

/** The type ACLED's precedence (and ours, taxonomy.ts) ranks higher tells the happening: "adopted sanctions" is sanctions. */
const rankOf = (e: FoldableEvent): number => EVENT_TYPES[e.type as keyof typeof EVENT_TYPES]?.rank ?? 0;

export function foldKept<E extends FoldableEvent>(events: readonly E[]): { kept: E[]; second: E[] } {
  const best = new Map<string, E>();
  for (const e of events) {
    const key = keyOf(e);
    const held = best.get(key);
    if (!held || rankOf(e) > rankOf(held) || (rankOf(e) === rankOf(held) && e.confidence > held.confidence)) best.set(key, e);
  }
  const kept: E[] = [];
  const second: E[] = [];
  for (const e of events) (best.get(keyOf(e)) === e ? kept : second).push(e);
  return { kept, second };
}
