// What event extraction produces: the contract's event shape, in section coordinates until output.
import type { Place } from '../annotate/types.js';

export type Modality = 'asserted' | 'claimed' | 'denied' | 'negated' | 'planned' | 'hypothetical' | 'historical';
export type Verification = 'unconfirmed' | 'confirmed' | 'disputed' | 'unknown';
export type DatePrecision = 'day' | 'week' | 'month' | 'year';

export interface EventDate {
  value: string;
  precision: DatePrecision;
  start?: string;
  end?: string;
  /** Where the date came from: a time expression in the clause, the report time, or the document's own day
   * (the day its lead reports on, args/lead-day.ts). */
  basis: 'timex' | 'report-time' | 'document';
  /** The time expression the date came from, when basis is 'timex'. */
  timex?: string;
}

export interface EventLocation extends Omit<Place, 'kind'> {
  kind: Place['kind'];
}

export interface EventActor {
  name: string;
  role: 'actor1' | 'actor2' | 'target' | 'assoc';
  side?: string;
}

export interface Fatalities {
  best: number | null;
  low: number | null;
  high: number | null;
}

export interface SitrepEvent {
  /** sitrep's own taxonomy, e.g. "retreat.withdrawal". */
  type: string;
  acled: { event_type: string; sub_event_type: string } | null;
  plover: string | null;
  date: EventDate | null;
  location: EventLocation | null;
  actors: EventActor[];
  fatalities: Fatalities | null;
  injuries?: Fatalities | null;
  modality: Modality;
  source: { name: string; side?: string } | null;
  verification: Verification;
  /** Which section the evidence spans belong to, and the spans in that section's coordinates. */
  section: number;
  evidence: Array<{ start: number; end: number }>;
  trigger: { start: number; end: number; text: string };
  /** The learned decision's probability that this is an event an analyst would log (src/events/decision). */
  confidence: number;
  /** The decision's inputs (FEATURE_NAMES order); written out only on request, for training. */
  features?: number[];
  /** PLOVER mode within the category (e.g. "aerial" for ASSAULT), when the taxonomy gives one. */
  ploverMode?: string | null;
  /** Weapons named in the clause: drone, missile, artillery, MLRS, glide-bomb, small-arms, mine, grenade. */
  instruments?: string[];
  /** Direct quotes that carry the event, with who said them (section coordinates). */
  quotes?: Array<{ start: number; end: number; speaker: string | null }>;
}
