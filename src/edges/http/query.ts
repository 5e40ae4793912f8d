// The query parameters each route accepts, as zod schemas: the HTTP layer's only parsing and validation.
import { z } from 'zod';
import { dayRangeOf } from '../../ledger/day-range.js';

const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'expected YYYY-MM-DD')
  .refine((s) => dayRangeOf(s) !== null, 'no such day');
const latLon = z
  .string()
  .regex(/^-?\d+(\.\d+)?,-?\d+(\.\d+)?$/, 'expected lat,lon')
  .transform((s) => s.split(',').map(Number) as [number, number])
  .refine(([lat, lon]) => Math.abs(lat) <= 90 && Math.abs(lon) <= 180, 'lat must be within ±90 and lon within ±180');

export const MAX_LIMIT = 1000;

/** Filters shared by /api/events, /api/stats and /api/export. */
export const filterSchema = z
  .object({
    type: z.string().min(1).max(100).optional(),
    since: isoDate.optional(),
    until: isoDate.optional(),
    place: z.string().min(1).max(200).optional(),
    near: latLon.optional(),
    radius_km: z.coerce.number().positive().max(20_000).optional(),
    verification: z.enum(['unconfirmed', 'confirmed', 'disputed', 'unknown']).optional(),
    /** true: only events that took place (not planned, hypothetical, negated or denied). */
    happened: z.enum(['true', 'false']).transform((v) => v === 'true').optional(),
    min_confidence: z.coerce.number().min(0).max(1).optional(),
    source: z.string().min(1).max(200).optional(),
    actor: z.string().min(1).max(200).optional(),
    /** Full-text search: words that must all occur in the title or text of the event's document. */
    q: z.string().min(1).max(200).optional(),
  })
  .strict()
  .refine((q) => !q.since || !q.until || q.since <= q.until, { message: 'since must not be after until', path: ['since'] })
  .refine((q) => q.radius_km === undefined || q.near !== undefined, { message: 'radius_km needs near', path: ['radius_km'] });

export type Filters = z.infer<typeof filterSchema>;

/** /api/events: the filters plus pagination (an opaque cursor from `next`, or an offset). */
export const eventsQuerySchema = z
  .object({
    limit: z.coerce.number().int().min(1).max(MAX_LIMIT).default(100),
    cursor: z.string().max(200).optional(),
    offset: z.coerce.number().int().min(0).max(10_000_000).optional(),
  })
  .strict();

export const exportQuerySchema = z.object({ format: z.enum(['acled-csv', 'geojson', 'jsonl']).default('jsonl') }).strict();

/** For routes that take the filters and nothing else. */
export const noOwnParams = z.object({}).strict();

export const idSchema = z.coerce.number().int().positive().max(Number.MAX_SAFE_INTEGER);

/** Splits a flat query record between the filter schema and a route's own schema, rejecting unknown keys. */
export function parseQuery<T extends z.ZodTypeAny>(query: Record<string, string>, own: T): { filters: Filters; own: z.infer<T> } {
  const ownKeys = new Set(Object.keys((own as unknown as z.AnyZodObject).shape ?? {}));
  const mine: Record<string, string> = {};
  const rest: Record<string, string> = {};
  for (const [k, v] of Object.entries(query)) (ownKeys.has(k) ? mine : rest)[k] = v;
  return { filters: filterSchema.parse(rest), own: own.parse(mine) };
}
