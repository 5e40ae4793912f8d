// The batch contract's output line (../shared/eval/CONTRACT.md) as zod schemas: the one statement of its
// shape. The TypeScript types of the line, its events and its document are inferred from these; the batch
// output is validated against them in test/contract; /openapi.json is generated from them (openapi.ts).
// Objects are strict: a field the pipeline writes but the schema does not know fails the validation, so
// the schema cannot fall behind the output unseen.
import { z } from 'zod/v4';
import { EVENT_TYPES, type EventTypeId } from '../events/taxonomy.js';

const offset = z.number().int().min(0);

/** A span in the contract's offsets: into the input text (text input) or document.body (html input). */
const spanFields = {
  start: offset,
  end: offset,
  /** Present when the span lies in a feed item of an html page, where offsets cannot index the body. */
  item: z.number().int().min(0).optional(),
};
export const spanSchema = z.strictObject(spanFields);

export const EVENT_TYPE_IDS = Object.keys(EVENT_TYPES) as [EventTypeId, ...EventTypeId[]];
export const eventTypeSchema = z.enum(EVENT_TYPE_IDS).describe("sitrep's own event taxonomy (src/events/taxonomy.ts)");

export const modalitySchema = z.enum(['asserted', 'claimed', 'denied', 'negated', 'planned', 'hypothetical', 'historical']);
export const verificationSchema = z.enum(['unconfirmed', 'confirmed', 'disputed', 'unknown']);
const placeKindSchema = z.enum(['settlement', 'admin1', 'admin2', 'country', 'region', 'water', 'feature']);
const isoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

export const eventDateSchema = z.strictObject({
  /** TIMEX3-style: 2023-03-22, 2023-W12, 2023-03, 2022. */
  value: z.string(),
  precision: z.enum(['day', 'week', 'month', 'year']),
  start: isoDay.optional(),
  end: isoDay.optional(),
  basis: z.enum(['timex', 'report-time', 'document']),
  timex: z.string().optional(),
});

export const eventLocationSchema = z.strictObject({
  name: z.string(),
  geonameId: z.number().int().nullable(),
  lat: z.number().min(-90).max(90),
  lon: z.number().min(-180).max(180),
  /** ISO 3166-1 alpha-2. */
  country: z.string(),
  admin1: z.string().nullable(),
  kind: placeKindSchema,
  population: z.number().optional(),
  /** ACLED-style geo precision: 1 the place itself, 2 near / part of a region, 3 admin area centroid. */
  precision: z.union([z.literal(1), z.literal(2), z.literal(3)]),
});

export const fatalitiesSchema = z.strictObject({
  best: z.number().int().min(0).nullable(),
  low: z.number().int().min(0).nullable(),
  high: z.number().int().min(0).nullable(),
});

export const eventSchema = z.strictObject({
  type: eventTypeSchema,
  acled: z.strictObject({ event_type: z.string(), sub_event_type: z.string() }).nullable(),
  plover: z.string().nullable(),
  ploverMode: z.string().optional(),
  date: eventDateSchema.nullable(),
  location: eventLocationSchema.nullable(),
  actors: z.array(z.strictObject({ name: z.string(), role: z.enum(['actor1', 'actor2', 'target', 'assoc']), side: z.string().optional() })),
  fatalities: fatalitiesSchema.nullable(),
  injuries: fatalitiesSchema.nullable().optional(),
  instruments: z.array(z.string()).optional(),
  modality: modalitySchema,
  source: z.strictObject({ name: z.string(), side: z.string().optional() }).nullable(),
  verification: verificationSchema,
  trigger: z.strictObject({ ...spanFields, text: z.string() }),
  evidence: z.array(spanSchema),
  quotes: z.array(z.strictObject({ ...spanFields, speaker: z.string().nullable() })).optional(),
  /** The learned decision's probability that this is an event an analyst would log (src/events/decision). */
  confidence: z.number().min(0).max(1),
  /** The decision's inputs, in FEATURE_NAMES order: only with `sitrep annotate --candidates`, for training. */
  features: z.array(z.number()).optional(),
  /**
   * Set (true) only on an event the learned decision kept below its threshold, where the ledger lists one
   * on request (`sitrep events --candidates`, `GET /api/events?candidates=true`); absent on shown events.
   */
  candidate: z.literal(true).optional(),
});

export const timexSchema = z.strictObject({
  ...spanFields,
  text: z.string(),
  type: z.enum(['DATE', 'TIME', 'DURATION', 'SET']),
  /** TimeML TIMEX3 value, resolved against the report time. */
  value: z.string(),
  mod: z.enum(['BEFORE', 'AFTER', 'ON_OR_BEFORE', 'ON_OR_AFTER', 'START', 'MID', 'END', 'APPROX']).optional(),
  range: z.strictObject({ start: isoDay, end: isoDay }).optional(),
  section: z.enum(['title', 'body', 'item']),
});

export const entitySchema = z.strictObject({
  ...spanFields,
  text: z.string(),
  type: z.enum(['PERSON', 'ORG', 'GROUP', 'NORP']),
  canonical: z.string(),
  id: z.string(),
  side: z.string().optional(),
  role: z.string().optional(),
});

export const placeMentionSchema = z.strictObject({
  ...spanFields,
  text: z.string(),
  name: z.string(),
  geonameId: z.number().int().nullable(),
  lat: z.number(),
  lon: z.number(),
  country: z.string(),
  admin1: z.string().nullable(),
  kind: placeKindSchema,
  precision: z.union([z.literal(1), z.literal(2), z.literal(3)]),
  confidence: z.number().min(0).max(1),
});

export const repairSchema = z.strictObject({
  kind: z.enum(['glued-words', 'glued-sentences', 'foreign-residue', 'whitespace']),
  from: z.string(),
  to: z.string(),
  start: offset,
  end: offset,
});

export const documentSchema = z.strictObject({
  title: z.string().nullable(),
  byline: z.string().nullable(),
  /** ISO date or date-time. */
  published: z.string().nullable(),
  publishedSource: z.enum(['given', 'page', 'inferred', 'unknown']),
  /** Why that date: the string or meta field it came from. */
  publishedEvidence: z.string().optional(),
  siteName: z.string().nullable(),
  /** The language the page declares (html lang, meta); the detected one is the line's `language`. */
  language: z.string().nullable(),
  canonicalUrl: z.string().nullable(),
  /** The main article text, paragraphs separated by a blank line. */
  body: z.string(),
  items: z.array(
    z.strictObject({
      time: z.string().nullable(),
      timeSource: z.enum(['page', 'inferred', 'unknown']),
      clock: z.string().optional(),
      text: z.string(),
    }),
  ),
  captions: z.array(z.string()),
  related: z.array(z.string()),
  removed: z.array(z.string()),
});

export const errorLineSchema = z.strictObject({
  id: z.string().nullable(),
  error: z.strictObject({ code: z.string(), message: z.string(), line: z.number().int().optional() }),
});

export const annotatedLineSchema = z.strictObject({
  id: z.string(),
  /** The language detected in the document's text: ISO 639-1, or "und" when too short to tell. */
  language: z.string(),
  /** Present when no language pack reads the document's language: cleaned, not annotated. */
  skipped: z.strictObject({ code: z.literal('no_language_pack'), message: z.string() }).optional(),
  document: documentSchema,
  timexes: z.array(timexSchema),
  entities: z.array(entitySchema),
  places: z.array(placeMentionSchema),
  events: z.array(eventSchema),
  /** Events below the learned decision's threshold: only with `sitrep annotate --candidates`. */
  candidates: z.array(eventSchema).optional(),
  repairs: z.array(repairSchema),
});

/** One output line: a document's annotation, or the error that stopped it (and only its id). */
export const contractLineSchema = z.union([errorLineSchema, annotatedLineSchema]);

export type ContractEvent = z.infer<typeof eventSchema>;
export type ContractDocument = z.infer<typeof documentSchema>;
export type ContractTimex = z.infer<typeof timexSchema>;
export type ContractEntity = z.infer<typeof entitySchema>;
export type ContractPlace = z.infer<typeof placeMentionSchema>;
export type ErrorLine = z.infer<typeof errorLineSchema>;
export type AnnotatedLine = z.infer<typeof annotatedLineSchema>;
export type ContractLine = z.infer<typeof contractLineSchema>;
