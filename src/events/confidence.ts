// How likely an event is real and typed right, 0..1. The lead sentence of a section carries its main event,
// so position counts; a date and a place of its own, and repeated mentions, add; modality other than a
// plain report subtracts. Measured calibration on ACLED dev is in the events report.
import type { Draft } from './draft.js';

const MODALITY_PENALTY: Record<string, number> = {
  asserted: 0, claimed: 0, historical: 0.05, planned: 0.15, hypothetical: 0.25, negated: 0.25, denied: 0.25,
};

export function confidenceOf(d: Draft, fromTitle: boolean): number {
  // An event with no date or place of its own is more often talk about the war than a happening.
  let c = d.weight - 0.08;
  c += d.sentence === 0 ? 0.12 : -Math.min(0.16, 0.04 * d.sentence);
  c += 0.1 * d.dateQuality + 0.1 * d.placeQuality;
  c += Math.min(0.09, 0.03 * (d.mentions - 1));
  c -= MODALITY_PENALTY[d.modality] ?? 0;
  if (fromTitle) c -= 0.1;
  return Math.round(Math.min(0.97, Math.max(0.05, c)) * 1000) / 1000;
}
