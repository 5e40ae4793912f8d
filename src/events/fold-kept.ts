// One event per action, place and day, after the decision (CODEBOOK's unit of an event), in two folds:
// - within a sentence: a sentence that tells one happening with two triggers of a family ("the Senate voted to
//   approve the aid package", "met for talks") keeps the one of the higher-ranked type (the more likely of
//   equals); listed places are separate events and stay apart, as do events of different families;
// - across sentences: a happening of one type at one named place on one day, told again further down (the lead
//   retold in the body, a quote that repeats it), is the same event; the most confident telling stands.
// What a fold sets aside stays a candidate (kept in the ledger, not shown by default).
import { EVENT_TYPES } from './taxonomy.js';

/** What the fold reads of an event: the batch output's fields, so that the training scripts fold as the pipeline does. */
export interface FoldableEvent {
  type: string;
  section?: number;
  evidence?: ReadonlyArray<{ start: number }>;
  location?: { name: string; kind?: string } | null;
  date?: { value: string } | null;
  confidence: number;
}

const familyOf = (e: FoldableEvent): string => EVENT_TYPES[e.type as keyof typeof EVENT_TYPES]?.family ?? e.type;

const inSentenceKey = (e: FoldableEvent): string =>
  `${e.section}:${e.evidence?.[0]?.start ?? -1}:${familyOf(e)}:${e.location?.name ?? ''}`;

/** A day's date: a week, a month or a year holds many happenings of a type at a place. */
const DAY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The key of a happening across sentences, or null when the event says too little to be told apart from
 * another of its type: no place, a country (many strikes in one country on one day are many events), no day.
 */
const retoldKey = (e: FoldableEvent): string | null =>
  e.location && e.location.kind !== 'country' && e.date && DAY.test(e.date.value) ? `${e.type}:${e.location.name}:${e.date.value}` : null;

/** The type ACLED's precedence (and ours, taxonomy.ts) ranks higher tells the happening: "adopted sanctions" is sanctions. */
const rankOf = (e: FoldableEvent): number => EVENT_TYPES[e.type as keyof typeof EVENT_TYPES]?.rank ?? 0;

const inSentenceBetter = (e: FoldableEvent, held: FoldableEvent): boolean =>
  rankOf(e) > rankOf(held) || (rankOf(e) === rankOf(held) && e.confidence > held.confidence);

const moreConfident = (e: FoldableEvent, held: FoldableEvent): boolean => e.confidence > held.confidence;

/** One event per key: the best by `better`; events without a key stay. */
function foldBy<E extends FoldableEvent>(events: readonly E[], keyOf: (e: E) => string | null, better: (e: E, held: E) => boolean): { kept: E[]; second: E[] } {
  const best = new Map<string, E>();
  for (const e of events) {
    const key = keyOf(e);
    if (key === null) continue;
    const held = best.get(key);
    if (!held || better(e, held)) best.set(key, e);
  }
  const kept: E[] = [];
  const second: E[] = [];
  for (const e of events) {
    const key = keyOf(e);
    (key === null || best.get(key) === e ? kept : second).push(e);
  }
  return { kept, second };
}

export interface Folded<E> {
  kept: E[];
  /** Second tellings within a sentence. */
  second: E[];
  /** Second tellings in another sentence. */
  retold: E[];
}

export function foldKept<E extends FoldableEvent>(events: readonly E[]): Folded<E> {
  const inSentence = foldBy(events, inSentenceKey, inSentenceBetter);
  const across = foldBy(inSentence.kept, retoldKey, moreConfident);
  return { kept: across.kept, second: inSentence.second, retold: across.second };
}
