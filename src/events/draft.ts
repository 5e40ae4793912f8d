// An event while it is being assembled: the contract fields plus what merging and ranking need to know.
import type { EventTypeId } from './taxonomy.js';
import type { EventActor, EventDate, EventLocation, Fatalities, Modality, Verification } from './types.js';

export interface Draft {
  type: EventTypeId;
  /** How strongly the trigger alone means this type. */
  weight: number;
  section: number;
  /** Index of the trigger's sentence in its section. */
  sentence: number;
  trigger: { start: number; end: number; text: string };
  evidence: Array<{ start: number; end: number }>;
  date: EventDate | null;
  dateQuality: number;
  location: EventLocation | null;
  placeQuality: number;
  actors: EventActor[];
  fatalities: Fatalities | null;
  injuries: Fatalities | null;
  modality: Modality;
  source: { name: string; side?: string } | null;
  /**
   * `source` was named only in a telling folded in from another sentence, not in the cited telling's own: the
   * event is still told with a source (the merging and the learned decision read it so), but the cited sentence
   * is the article's own report, and the finished event names no source for it.
   */
  sourceLent?: boolean;
  /** What the trigger's own sentence says about verification (the source's record fills in later). */
  verification: Verification | null;
  instruments: string[];
  quotes: Array<{ start: number; end: number; speaker: string | null }>;
  /** How many mentions were merged into this one. */
  mentions: number;
  /** What in the mentions' own sentences ties this to one happening (ANCHOR bits, see specific.ts). */
  anchors: number;
  /**
   * The trigger is an infinitive ("to attack"), or a noun of speech or diplomacy ("a decision"): words that
   * name a kind of happening more often than report one, so only a time or place makes them specific.
   */
  weakTrigger: boolean;
  /** A last-resort match (a bare caption): kept without anchors, as it is all the section says. */
  lastResort: boolean;
  /** Split from a list of places (./split-places.ts): the trigger's offset, shared by the list's drafts. */
  listed?: number;
  /** The trigger rule's name (a feature of the learned decision). */
  rule: string;
}
