// What annotation produces. Every span here is in the coordinates of its section's text
// (Section.text.text); the output edge maps them to source offsets through Section.text.
import type { MappedText } from '../text/mapped-text.js';
import type { RepairedDocument } from '../repair/types.js';

/** A stretch of the document annotated on its own, with the time it was reported at. */
export interface Section {
  kind: 'title' | 'body' | 'item';
  text: MappedText;
  /** Document creation time for this section: the page date, or a feed item's own time. ISO. */
  reportTime: string | null;
}

export interface Token {
  start: number;
  end: number;
  text: string;
  /** Universal POS tag from wink-nlp (NOUN, PROPN, VERB, AUX, ADP, NUM, ...). */
  pos: string;
  lemma?: string;
}

export interface Sentence {
  start: number;
  end: number;
  tokens: Token[];
}

export type TimexType = 'DATE' | 'TIME' | 'DURATION' | 'SET';

export interface Timex {
  start: number;
  end: number;
  text: string;
  type: TimexType;
  /** TIMEX3 value: 2023-03-22, 2023-W12, 2022-11, P13M, PRESENT_REF, XXXX-XX-XX ... */
  value: string;
  /** For DATE/TIME: the interval it denotes, as ISO days (inclusive), when it is resolvable. */
  range?: { start: string; end: string };
  /** day | week | month | quarter | year | ... derived from value. */
  precision?: 'minute' | 'hour' | 'day' | 'week' | 'month' | 'quarter' | 'season' | 'year' | 'decade';
  mod?: 'BEFORE' | 'AFTER' | 'ON_OR_BEFORE' | 'ON_OR_AFTER' | 'START' | 'MID' | 'END' | 'APPROX';
}

export type PlaceKind = 'settlement' | 'admin1' | 'admin2' | 'country' | 'region' | 'water' | 'feature';

export interface Place {
  name: string;
  geonameId: number | null;
  lat: number;
  lon: number;
  /** ISO 3166-1 alpha-2. */
  country: string;
  /** English admin1 name ("Kherson" for Kherson Oblast), null when unknown. */
  admin1: string | null;
  kind: PlaceKind;
  population?: number;
  /** ACLED-style geo precision: 1 the place itself, 2 near / part of a region, 3 admin area centroid. */
  precision: 1 | 2 | 3;
}

export interface PlaceMention {
  start: number;
  end: number;
  text: string;
  place: Place;
  /** How sure the disambiguation is, 0..1. */
  confidence: number;
}

export type EntityType = 'PERSON' | 'ORG' | 'GROUP' | 'NORP';

export interface EntityMention {
  start: number;
  end: number;
  text: string;
  type: EntityType;
  /** One canonical name per real entity, shared by every mention of it in the document. */
  canonical: string;
  id: string;
  /** Which side of the war, when known: UA, RU, or another ISO country code. */
  side?: string;
  /** Role or title when the text or the facts table gives one ("President of Ukraine"). */
  role?: string;
}

export interface AnnotatedSection {
  section: Section;
  sentences: Sentence[];
  timexes: Timex[];
  places: PlaceMention[];
  entities: EntityMention[];
}

export interface AnnotatedDocument extends RepairedDocument {
  sections: AnnotatedSection[];
}
