// The trigger rules for Russian and Ukrainian, in priority order: the first rule a word passes wins, so the
// narrow readings come first (drones "уничтожены" are shot down before "уничтожили" is read as a strike; freed
// captives are an exchange before "освободили" is read as a town retaken). Rules name word families; each
// language's lexicon (./lexicon/) gives the stems. Types and their ACLED mapping are the English taxonomy's.
import type { EventTypeId } from '../../../events/taxonomy.js';
import type { CueKey, TriggerKey } from './lexicon/types.js';

export type Refiner =
  /** The weapon nearest the trigger picks the sub-type (drones → strike.drone, missiles → strike.missile ...). */
  | 'instrument'
  /** Ground fighting makes an attack a clash; else the weapon picks the sub-type. */
  | 'attack'
  /** Territory taken by Ukraine's side is regained; by Russia's, overtaken. */
  | 'side';

export interface SlavicRule {
  name: string;
  type: EventTypeId;
  trigger: TriggerKey;
  /**
   * A word of this family must stand near the trigger (in its clause); 'instrument' any weapon word; 'place' a
   * settlement named after it; 'aerialObject' drones or missiles as what the trigger acts on (see match.ts).
   */
  needs?: CueKey | 'instrument' | 'place' | 'aerialObject';
  /** The word right before the trigger must not be of this family ("на зустріч": towards, no meeting). */
  notAfter?: CueKey;
  /** No word of these families may stand near the trigger. */
  unless?: readonly CueKey[];
  refine?: Refiner;
  /** Says what an attack left behind (a toll, damage): it joins the attack reported before it. */
  aftermath?: boolean;
  /** How strongly a match alone means an event of this type, 0..1: the event's confidence (no learned decision for these languages). */
  weight: number;
}

export const SLAVIC_RULES: readonly SlavicRule[] = [
  // "Водитель сбил пешехода": one shoots down what flies.
  { name: 'shot down', type: 'weapons.disrupted', trigger: 'shootDown', needs: 'aerial', weight: 0.85 },
  { name: 'shot down by air defence', type: 'weapons.disrupted', trigger: 'shootDown', needs: 'airDefence', weight: 0.8 },
  { name: 'destroyed in the air', type: 'weapons.disrupted', trigger: 'destroy', needs: 'aerialObject', weight: 0.8 },
  { name: 'hostages freed', type: 'violence.abduction', trigger: 'liberate', needs: 'hostageWord', weight: 0.6 },
  { name: 'hostage-taking', type: 'violence.abduction', trigger: 'hostage', weight: 0.75 },
  { name: 'rape', type: 'violence.sexual', trigger: 'sexual', weight: 0.75 },
  { name: 'prisoner exchange', type: 'exchange.prisoners', trigger: 'exchange', needs: 'captive', weight: 0.8 },
  { name: 'back from captivity', type: 'exchange.prisoners', trigger: 'returnHome', needs: 'captive', weight: 0.75 },
  { name: 'captives freed', type: 'exchange.prisoners', trigger: 'liberate', needs: 'captive', weight: 0.7 },
  { name: 'liberated', type: 'territory.capture', trigger: 'liberate', needs: 'place', refine: 'side', weight: 0.8 },
  { name: 'captured', type: 'territory.capture', trigger: 'capture', needs: 'place', unless: ['hostageWord'], refine: 'side', weight: 0.8 },
  { name: 'shelling', type: 'strike.shelling', trigger: 'shelling', refine: 'instrument', weight: 0.85 },
  { name: 'strike', type: 'strike.shelling', trigger: 'strike', refine: 'instrument', weight: 0.75 },
  { name: 'attack', type: 'strike.shelling', trigger: 'attack', refine: 'attack', weight: 0.7 },
  { name: 'hit', type: 'strike.shelling', trigger: 'hit', needs: 'instrument', refine: 'instrument', weight: 0.6 },
  { name: 'dropped munition', type: 'strike.drone', trigger: 'drop', needs: 'aerial', refine: 'instrument', weight: 0.7 },
  { name: 'debris fell', type: 'strike.shelling', trigger: 'fall', needs: 'debris', refine: 'instrument', weight: 0.55 },
  { name: 'munition fell', type: 'strike.shelling', trigger: 'fall', needs: 'instrument', refine: 'instrument', weight: 0.55 },
  { name: 'explosion', type: 'explosion.unspecified', trigger: 'explosion', refine: 'instrument', weight: 0.65 },
  { name: 'fighting', type: 'battle.armed-clash', trigger: 'clash', unless: ['airDefence'], weight: 0.7 },
  { name: 'destroyed', type: 'strike.shelling', trigger: 'destroy', refine: 'instrument', weight: 0.5 },
  { name: 'arrest', type: 'arrest', trigger: 'arrest', weight: 0.75 },
  { name: 'looting', type: 'looting', trigger: 'looting', weight: 0.6 },
  { name: 'meeting', type: 'visit.meeting', trigger: 'meeting', needs: 'with', notAfter: 'onto', weight: 0.6 },
  { name: 'visit', type: 'visit', trigger: 'visit', needs: 'place', weight: 0.6 },
  { name: 'agreement signed', type: 'agreement', trigger: 'sign', needs: 'accord', weight: 0.7 },
  { name: 'decree signed', type: 'decision', trigger: 'sign', needs: 'decisionWord', weight: 0.65 },
  { name: 'decision taken', type: 'decision', trigger: 'adopt', needs: 'decisionWord', weight: 0.6 },
  { name: 'sanctions', type: 'decision.sanctions', trigger: 'sanctions', weight: 0.55 },
  { name: 'aid package', type: 'decision.aid', trigger: 'aidPackage', needs: 'aid', weight: 0.6 },
  { name: 'deaths', type: 'casualties.report', trigger: 'death', aftermath: true, weight: 0.45 },
  { name: 'injuries', type: 'casualties.report', trigger: 'injury', aftermath: true, weight: 0.35 },
  { name: 'damage', type: 'infrastructure.damage', trigger: 'damage', aftermath: true, weight: 0.35 },
];
