// The shape of one trigger rule. Rules are data: a trigger lemma (or several), optional constraints on its
// part of speech, its neighbours and the words around it, the event type it reports, and how sure a match is.
import type { EventTypeId } from '../taxonomy.js';

export type RefinerName =
  /** The leading weapon in the sentence picks the sub-type (drone → strike.drone, small arms → clash ...). */
  | 'instrument'
  /** Only an aerial weapon overrides the rule's type (shelling with drones is coded as a drone strike). */
  | 'aerial'
  /** Territory taken by Ukraine's government is "regained"; by anyone else, "overtaken". */
  | 'side'
  /** A protest with police intervention or violence becomes the matching protest/riot type. */
  | 'protest'
  /** A weapon first; else a civilian target makes an attack on civilians, a military one a clash. */
  | 'attack'
  /** Troops pulled back from a border or an exercise, with no ground named, are a troop movement. */
  | 'movement';

export interface TriggerRule {
  /** Says what the rule catches, for tests and debugging. */
  name: string;
  type: EventTypeId;
  /** Trigger lemmas; a token matches when one of its candidate lemmas is listed. */
  lemmas: readonly string[];
  /** Allowed universal POS tags of the trigger token. */
  pos?: readonly string[];
  /** The next token(s) must be one of these word sequences (lowercase), consumed with the trigger. */
  next?: ReadonlyArray<readonly string[]>;
  /** The POS of the token after the trigger (and its `next` words) must be one of these ("left Hilltown", "went to Hilltown": a name follows). */
  nextPos?: readonly string[];
  /** The previous token (lowercase) must be one of these. */
  prev?: readonly string[];
  /** The previous token (lowercase) must not be one of these. */
  notPrev?: readonly string[];
  /** The token right after the trigger (phrase) must not be one of these (lowercase): "air raid alert", "riot police". */
  notNext?: readonly string[];
  /** One of these words (lowercase) must stand among the few words after the trigger, in its clause: "raised the flag". */
  object?: readonly string[];
  /** One of these words (lowercase) must stand among the few words just before the trigger, in its clause: its doer ("the troops will go to"). */
  doer?: readonly string[];
  /** None of these words (lowercase) may stand among the few words after the trigger, in its clause: "captured 300 soldiers". */
  notObject?: readonly string[];
  /** Some lemma of the sentence must be one of these. */
  context?: readonly string[];
  /** No lemma of the sentence may be one of these. */
  veto?: readonly string[];
  /** Word forms (lowercase) that never trigger this rule: "occupying" forces are no event. */
  notForms?: readonly string[];
  /**
   * Only when the whole section yields nothing else: a caption like "Russian soldier near the market"
   * reports a sighting, but in an article such words are background.
   */
  lastResort?: boolean;
  refine?: RefinerName;
  /** How strongly a match alone means an event of this type, 0..1. */
  weight: number;
}
