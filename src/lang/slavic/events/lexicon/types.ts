// The shape of one language's word lists for the events stage. The rules (../rules.ts) are shared by Russian and
// Ukrainian and name word families by key; each language's module gives the stems of each family.
import type { StemList } from '../stems.js';

/** Word families that start an event (the trigger of a rule). */
export type TriggerKey =
  | 'shootDown' | 'destroy' | 'shelling' | 'strike' | 'attack' | 'hit' | 'fall' | 'drop' | 'explosion' | 'clash'
  | 'capture' | 'liberate' | 'death' | 'injury' | 'damage' | 'arrest' | 'hostage' | 'sexual' | 'exchange'
  | 'returnHome' | 'meeting' | 'visit' | 'sign' | 'adopt' | 'sanctions' | 'aidPackage' | 'looting';

/** Weapons, in the order a clause's weapon picks the strike's sub-type. */
export type InstrumentKey = 'drone' | 'missile' | 'air' | 'artillery' | 'ied' | 'knife';

/** Word families that qualify a trigger. */
export type CueKey =
  /** What is shot down or intercepted: drones, missiles, aircraft. */
  | 'aerial'
  /** Captives: one is released from captivity, not a town. */
  | 'captive'
  /** Hostages: their release ends a hostage-taking. */
  | 'hostageWord'
  /** Wreckage: what falls after an interception. */
  | 'debris'
  /** Words for settlements and areas one takes or frees. */
  | 'settlement'
  /** Ground fighting, which makes an attack a clash. */
  | 'ground'
  /** What an agreement or decision is. */
  | 'accord' | 'decisionWord' | 'aid'
  /** Words of an accident, which make a death no act of war. */
  | 'accident'
  /** Totals over days or weeks, or since the war began: not one happening. */
  | 'total'
  /** "Not": negation right before a trigger. */
  | 'negation'
  /** Plans and intentions: the event is announced for the future. */
  | 'plan'
  /** Conditions, threats and possibilities: the event is hypothetical. */
  | 'hypothetical'
  /** Speech verbs that name a source ("сообщил", "повідомили"). */
  | 'speech'
  /** "According to": "по данным", "за даними", "согласно". */
  | 'according'
  /** Prepositions of origin: a place after them is where an attack came from. */
  | 'from'
  /** Armed forces of Russia and of Ukraine, for the side of a capture. */
  | 'russianSide' | 'ukrainianSide'
  /** Ongoing or repeated action ("continue to"): the war, not one happening. */
  | 'ongoing'
  /** "With": talks are held with someone. */
  | 'with'
  /** "Today", "yesterday": a day of its own, in a post with no publication time to resolve it against. */
  | 'today'
  /** "На": before "зустріч" it means towards. */
  | 'onto'
  /** Called off: "зірвано зустріч", "встреча отменена". */
  | 'cancelled'
  /** Air defence: "противоракетный бой" is an interception, not a battle. */
  | 'airDefence'
  /** Sport: a shot on goal is no strike, a team's attack no assault. */
  | 'sport'
  /** Other senses of the war words: a hacker attack, a heat stroke, a panic attack. */
  | 'otherSense'
  /** No one hurt: "никто не пострадал", "без жертв". */
  | 'nobody' | 'without' | 'victims';

export interface NumberWord {
  stem: string;
  value: number;
}

export interface SlavicLexicon {
  code: 'ru' | 'uk';
  triggers: Readonly<Record<TriggerKey, StemList>>;
  instruments: Readonly<Record<InstrumentKey, StemList>>;
  cues: Readonly<Record<CueKey, StemList>>;
  /** Number words (cardinal and collective, each case by stem): "пятеро", "двох", "шести". */
  numbers: readonly NumberWord[];
  /** Vague quantities as ACLED codes them ("несколько" 3, "десятки" 12). */
  vague: readonly NumberWord[];
  /** Nouns for people that a number counts ("человек", "людей", "мирних"). */
  people: StemList;
  /** Sources by their words: the stems that must all appear, and the English name the gold writes. */
  sources: ReadonlyArray<{ stems: readonly string[]; name: string; side?: string }>;
  /** Titles before a person's name, with their English form. */
  titles: ReadonlyArray<{ stem: string; title: string }>;
  /** The language's transliteration into English spelling. */
  transliterate(s: string): string;
}
