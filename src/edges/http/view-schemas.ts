// What the API's routes return, as zod schemas: the contract's event and document (src/contract/schema.ts)
// as the ledger serves them. /openapi.json is generated from these (openapi.ts), and the web app takes its
// types from them (web/src/api.ts), so the page, the documentation and the server share one statement.
import { z } from 'zod/v4';
import { ERROR_CODES } from '../../errors.js';
import { documentSchema, eventSchema } from '../../contract/schema.js';

const int = z.number().int();

/** An event as the API returns it: the contract's event with its ledger id, its order in its document and the document. */
export const eventViewSchema = eventSchema.extend({
  id: int,
  ordinal: int,
  verification: eventSchema.shape.verification.describe("The happening's verification, the same at every edge: confirmed only when at least two independent sources report it."),
  reportVerification: eventSchema.shape.verification.nullable().describe("What this report's own text says of its verification (one source never confirms itself)."),
  happeningId: int.nullable().describe('The happening this event is a report of.'),
  independentSources: int.describe('Independent sources reporting the happening.'),
  document: z.object({ id: int, name: z.string(), title: z.string().nullable(), published: z.string().nullable(), url: z.string().nullable() }),
});

export const documentViewSchema = z.object({
  id: int,
  hash: z.string(),
  kind: z.string(),
  name: z.string(),
  url: z.string().nullable(),
  bytes: int.describe('Size of the stored page; the bytes themselves are not served.'),
  ingestedAt: z.string(),
  title: z.string().nullable(),
  published: z.string().nullable(),
  publishedSource: z.string().nullable(),
  pipelineVersion: z.string().nullable(),
  status: z.enum(['ok', 'failed']).nullable(),
  error: z.object({ code: z.string(), message: z.string() }).nullable(),
  byline: documentSchema.shape.byline,
  siteName: documentSchema.shape.siteName,
  body: documentSchema.shape.body,
  items: documentSchema.shape.items,
  events: int.describe('How many events the document holds.'),
});

export const evidenceSchema = z.object({
  start: int,
  end: int,
  item: int.optional(),
  text: z.string().nullable().describe('The sentence, or null when the offsets do not fit the stored text.'),
  body: z.object({ start: int, end: int }).nullable().describe('The same sentence located in the cleaned body.'),
});

const count = <K extends string>(key: K) => z.array(z.object({ [key]: z.string(), count: int } as Record<K, z.ZodString> & { count: typeof int }));
export const statsSchema = z.object({
  total: int,
  days: z.array(z.object({ day: z.string(), count: int })).describe('Events dated to one day, per day (ascending).'),
  coarse: int.describe('Events whose date spans more than a day.'),
  undated: int,
  types: count('type'),
  verification: count('verification'),
  sources: count('source'),
  fatalities: int,
});

export const errorSchema = z.object({ error: z.object({ code: z.enum(Object.values(ERROR_CODES)), message: z.string() }) });

export type EventView = z.infer<typeof eventViewSchema>;
export type DocumentView = z.infer<typeof documentViewSchema>;
export type EvidenceView = z.infer<typeof evidenceSchema>;
export type StatsView = z.infer<typeof statsSchema>;
