// The query parameters each route accepts, as zod schemas: the HTTP layer's only parsing and validation,
// and (with their descriptions) the parameters /openapi.json lists (openapi.ts).
import { z } from 'zod/v4';
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
  .strictObject({
    type: z.string().min(1).max(100).optional().describe('Event type; a prefix ending at a dot also matches ("strike" matches "strike.shelling").'),
    since: isoDate.optional().describe('Events whose dates overlap [since, until] (inclusive).'),
    until: isoDate.optional().describe('See since.'),
    place: z.string().min(1).max(200).optional().describe('Case-insensitive substring of the place name or admin1, or a country code.'),
    near: latLon.optional().describe('lat,lon: events within radius_km of this point.'),
    radius_km: z.coerce.number().positive().max(20_000).optional().describe('Radius for near, in km (default 25).'),
    verification: z.enum(['unconfirmed', 'confirmed', 'disputed', 'unknown']).optional().describe('Verification status.'),
    source: z.string().min(1).max(200).optional().describe('Case-insensitive substring of the reporting source name.'),
    actor: z.string().min(1).max(200).optional().describe('Case-insensitive substring of any actor name.'),
    q: z.string().min(1).max(200).optional().describe("Full-text search: words that must all occur in the title or text of the event's document."),
    happened: z.enum(['true', 'false']).transform((v) => v === 'true').optional().describe('true: only events that took place (asserted, claimed or historical), not planned, hypothetical, negated or denied ones.'),
    min_confidence: z.coerce.number().min(0).max(1).optional().describe('Only events at least this confident.'),
  })
  .refine((q) => !q.since || !q.until || q.since <= q.until, { message: 'since must not be after until', path: ['since'] })
  .refine((q) => q.radius_km === undefined || q.near !== undefined, { message: 'radius_km needs near', path: ['radius_km'] });

export type Filters = z.infer<typeof filterSchema>;

/** /api/events: the filters plus pagination (an opaque cursor from `next`, or an offset). */
export const eventsQuerySchema = z.strictObject({
  limit: z.coerce.number().int().min(1).max(MAX_LIMIT).default(100).describe('Page size.'),
  cursor: z.string().max(200).optional().describe('The "next" value of the previous page.'),
  offset: z.coerce.number().int().min(0).max(10_000_000).optional().describe('Events to skip (instead of cursor).'),
  candidates: z
    .enum(['true', 'false'])
    .transform((v) => v === 'true')
    .optional()
    .describe('true: also the candidates the learned decision kept below its threshold, each marked "candidate": true (never in happenings, stats or exports).'),
});

export const exportQuerySchema = z.strictObject({ format: z.enum(['acled-csv', 'geojson', 'jsonl']).default('jsonl').describe('Output format.') });

/** For routes that take the filters and nothing else. */
export const noOwnParams = z.strictObject({});

export const idSchema = z.coerce.number().int().positive().max(Number.MAX_SAFE_INTEGER);

/** Splits a flat query record between the filter schema and a route's own schema, rejecting unknown keys. */
export function parseQuery<T extends z.ZodObject>(query: Record<string, string>, own: T): { filters: Filters; own: z.output<T> } {
  const ownKeys = new Set(Object.keys(own.shape));
  const mine: Record<string, string> = {};
  const rest: Record<string, string> = {};
  for (const [k, v] of Object.entries(query)) (ownKeys.has(k) ? mine : rest)[k] = v;
  return { filters: filterSchema.parse(rest), own: own.parse(mine) };
}
