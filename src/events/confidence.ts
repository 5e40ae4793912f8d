// How likely an event is real and typed right, 0..1. The lead sentence of a section carries its main event,
// so position counts; a date and a place of its own, and repeated mentions, add; modality other than a
// plain report subtracts; a toll or a time of its own adds, a mention with only weak anchors subtracts.
// Calibration on ACLED dev and on a hand-judged news sample is in the events report.
import type { Draft } from './draft.js';
import { ANCHOR } from './specific.js';
import { EVENT_TYPES } from './taxonomy.js';

/** Anchors that tie a mention to one happening on their own; a past verb or "the village" only hint at one. */
const STRONG = ANCHOR.timex | ANCHOR.place | ANCHOR.person;

const MODALITY_PENALTY: Record<string, number> = {
  asserted: 0, claimed: 0, historical: 0.12, planned: 0.3, hypothetical: 0.35, negated: 0.4, denied: 0.3,
};

export function confidenceOf(d: Draft, fromTitle: boolean): number {
  // An event with no date or place of its own is more often talk about the war than a happening.
  let c = d.weight - 0.08;
  // A lead sentence carries the report's own happening; deeper ones more often background. What a named party
  // said or decided is as real deep in a story as at its top, so speech and diplomacy lose less.
  const family = EVENT_TYPES[d.type].family;
  c += d.sentence === 0 ? 0.12 : -Math.min(family === 'political' ? 0.06 : 0.16, 0.04 * d.sentence);
  c += 0.1 * d.dateQuality + 0.1 * d.placeQuality;
  c += Math.min(0.09, 0.03 * (d.mentions - 1));
  c -= MODALITY_PENALTY[d.modality] ?? 0;
  if (fromTitle) c -= 0.1;
  // On news, a toll or a time of its own marks a reported happening; a bare past verb is as often history
  // or a figure of speech (hand-judged news sample, events report).
  if (d.fatalities || d.injuries) c += 0.08;
  if (d.anchors & ANCHOR.timex) c += 0.04;
  // A past verb with its subject reports a deed; a bare noun ("the fighting", "an assault") as often refers to one.
  if (d.anchors & ANCHOR.deed) c += 0.06;
  // A named person saying, meeting or deciding is a happening on its own; news reports many.
  if (family === 'political' && d.anchors & ANCHOR.person && !d.weakTrigger) c += 0.1;
  // "The United Kingdom announced", "Blinken warned": a named party's past act of speech or diplomacy happened.
  else if (family === 'political' && d.anchors & ANCHOR.deed && d.actors.some((a) => a.role === 'actor1') && !d.weakTrigger) c += 0.12;
  if (d.weakTrigger) c -= 0.1;
  // A year alone dates background more often than a report ("in 2014 Russia seized ...").
  if (d.date?.basis === 'timex' && d.date.precision === 'year') c -= 0.08;
  if (!(d.anchors & STRONG) && !d.fatalities && !d.injuries && !d.lastResort) c -= 0.12;
  return Math.round(Math.min(0.97, Math.max(0.05, c)) * 1000) / 1000;
}
