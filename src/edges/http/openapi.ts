// The OpenAPI 3.1 description of the API, generated from the zod schemas that shape and check what it
// serves: the contract's event and document (src/contract/schema.ts), the views the routes return, and the
// query schemas (query.ts) the routes parse their parameters with. test/http checks that every route
// served is described here.
import { z } from 'zod/v4';
import { contractLineSchema, fatalitiesSchema } from '../../contract/schema.js';
import { documentInputSchema } from './ingest.js';
import { eventsQuerySchema, exportQuerySchema, filterSchema } from './query.js';
import { documentViewSchema, errorSchema, eventViewSchema, evidenceSchema, statsSchema } from './view-schemas.js';

/** The schemas named in components, by name. */
const COMPONENTS = {
  Event: eventViewSchema,
  Document: documentViewSchema,
  DocumentWithEvents: documentViewSchema.extend({ events: z.array(eventViewSchema) }),
  Evidence: evidenceSchema,
  Stats: statsSchema,
  Error: errorSchema,
  DocumentInput: documentInputSchema,
  ContractLine: contractLineSchema,
  Fatalities: fatalitiesSchema,
} as const;

let components: Record<string, unknown> | null = null;

/** The component schemas, generated once. */
function componentSchemas(): Record<string, unknown> {
  if (components) return components;
  const registry = z.registry<{ id: string }>();
  for (const [id, schema] of Object.entries(COMPONENTS)) registry.add(schema, { id });
  const { schemas } = z.toJSONSchema(registry, { uri: (id) => `#/components/schemas/${id}`, io: 'input', unrepresentable: 'any' });
  // Each is a component of this document, not a document of its own.
  components = Object.fromEntries(Object.entries(schemas).map(([id, s]) => {
    const { $schema: _schema, $id: _id, ...rest } = s as Record<string, unknown>;
    return [id, rest];
  }));
  return components;
}

/** The query parameters of a route, from the zod object it parses them with. */
function parameters(schema: z.ZodObject): unknown[] {
  return Object.entries(schema.shape).map(([name, field]) => {
    const { $schema: _schema, description, ...json } = z.toJSONSchema(field as z.ZodType, { io: 'input', unrepresentable: 'any' }) as Record<string, unknown>;
    return { name, in: 'query', required: false, schema: json, ...(description ? { description } : {}) };
  });
}

const ref = (name: keyof typeof COMPONENTS) => ({ $ref: `#/components/schemas/${name}` });
const json = (schema: Record<string, unknown>, description = 'OK') => ({ description, content: { 'application/json': { schema } } });
const idParam = { name: 'id', in: 'path', required: true, schema: { type: 'integer', minimum: 1 } };
const errors = {
  '400': json(ref('Error'), 'Invalid parameters'),
  '503': json(ref('Error'), 'The ledger cannot be read'),
};

export function openApiDocument(opts: { ingest: boolean; version: string }) {
  const filters = parameters(filterSchema);
  const paths: Record<string, unknown> = {
    '/healthz': { get: { summary: 'Liveness and ledger totals', responses: { '200': json({ type: 'object' }) } } },
    '/api/events': {
      get: {
        summary: 'Events matching the filters, a page at a time',
        parameters: [...filters, ...parameters(eventsQuerySchema)],
        responses: {
          '200': json({
            type: 'object',
            required: ['events', 'next'],
            properties: { events: { type: 'array', items: ref('Event') }, next: { type: ['string', 'null'] } },
          }),
          ...errors,
        },
      },
    },
    '/api/events/{id}': {
      get: {
        summary: 'One event, its document and its evidence sentences',
        parameters: [idParam],
        responses: {
          '200': json({
            type: 'object',
            properties: {
              event: ref('Event'),
              document: ref('Document'),
              evidence: { type: 'array', items: ref('Evidence') },
              related: { type: 'array', items: ref('Event'), description: 'Reports of the same happening in other documents.' },
            },
          }),
          '404': json(ref('Error'), 'No such event'),
          ...errors,
        },
      },
    },
    '/api/documents/{id}': {
      get: {
        summary: 'One document as cleaned, with its events',
        parameters: [idParam],
        responses: { '200': json(ref('DocumentWithEvents')), '404': json(ref('Error'), 'No such document'), ...errors },
      },
    },
    '/api/stats': {
      get: {
        summary: 'Counts per day, type, verification and source of the matching events (for the timeline)',
        parameters: filters,
        responses: { '200': json(ref('Stats')), ...errors },
      },
    },
    '/api/export': {
      get: {
        summary: 'All matching events as ACLED-style CSV, GeoJSON or JSON Lines',
        parameters: [...filters, ...parameters(exportQuerySchema)],
        responses: {
          '200': { description: 'The export', content: { 'text/csv': {}, 'application/geo+json': {}, 'application/x-ndjson': {} } },
          ...errors,
        },
      },
    },
  };
  if (opts.ingest) {
    paths['/api/documents'] = {
      post: {
        summary: 'Ingest one contract input document (needs the bearer token)',
        security: [{ bearer: [] }],
        requestBody: { required: true, content: { 'application/json': { schema: ref('DocumentInput') } } },
        responses: {
          '202': json(
            { type: 'object' },
            'Queued: annotated off the request, by the server\'s document thread (SQLite: its status at the Location, /api/uploads/{hash}) or by the workers (PostgreSQL)',
          ),
          '200': json({ type: 'object' }, 'Already annotated by this pipeline version: unchanged'),
          '401': { description: 'Missing or wrong token' },
          ...errors,
        },
      },
    };
    paths['/api/uploads/{hash}'] = {
      get: {
        summary: 'The status of a posted document: queued, done (with its document id) or failed (with its error)',
        security: [{ bearer: [] }],
        parameters: [{ name: 'hash', in: 'path', required: true, schema: { type: 'string', pattern: '^[0-9a-f]{64}$' } }],
        responses: {
          '200': json(
            {
              type: 'object',
              properties: {
                hash: { type: 'string' },
                status: { enum: ['queued', 'done', 'failed'] },
                documentId: { type: ['integer', 'null'] },
                events: { type: 'integer' },
                error: { type: ['object', 'null'] },
              },
            },
            'The upload\'s status',
          ),
          '401': { description: 'Missing or wrong token' },
          ...errors,
        },
      },
    };
  }
  return {
    openapi: '3.1.0',
    info: { title: 'sitrep ledger API', version: opts.version, description: 'Read-only access to the verified, geolocated, dated, sourced event ledger.' },
    paths,
    components: { securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } }, schemas: componentSchemas() },
  };
}
