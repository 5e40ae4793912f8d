// The OpenAPI 3.1 description of the API, written out by hand: the routes are few and the zod schemas in
// query.ts are the enforcement; test/http checks that every route served is described here.
const str = (description: string, extra: Record<string, unknown> = {}) => ({ type: 'string', description, ...extra });
const q = (name: string, schema: Record<string, unknown>, description: string) => ({ name, in: 'query', required: false, schema, description });

const FILTERS = [
  q('type', { type: 'string' }, 'Event type; a prefix ending at a dot also matches ("attack" matches "attack.shelling").'),
  q('since', { type: 'string', format: 'date' }, 'Events whose dates overlap [since, until] (inclusive).'),
  q('until', { type: 'string', format: 'date' }, 'See since.'),
  q('place', { type: 'string' }, 'Case-insensitive substring of the place name or admin1, or a country code.'),
  q('near', { type: 'string', pattern: '^-?\\d+(\\.\\d+)?,-?\\d+(\\.\\d+)?$' }, 'lat,lon: events within radius_km of this point.'),
  q('radius_km', { type: 'number', default: 25 }, 'Radius for near, in km.'),
  q('verification', { type: 'string', enum: ['unconfirmed', 'confirmed', 'disputed', 'unknown'] }, 'Verification status.'),
  q('source', { type: 'string' }, 'Case-insensitive substring of the reporting source name.'),
  q('actor', { type: 'string' }, 'Case-insensitive substring of any actor name.'),
  q('happened', { type: 'string', enum: ['true', 'false'] }, 'true: only events that took place (asserted, claimed or historical), not planned, hypothetical, negated or denied ones.'),
  q('min_confidence', { type: 'number', minimum: 0, maximum: 1 }, 'Only events at least this confident.'),
  q('q', { type: 'string' }, 'Full-text search: words that must all occur in the title or text of the event\'s document.'),
];

const idParam = { name: 'id', in: 'path', required: true, schema: { type: 'integer', minimum: 1 } };
const json = (schema: Record<string, unknown>, description = 'OK') => ({ description, content: { 'application/json': { schema } } });
const errors = {
  '400': json({ $ref: '#/components/schemas/Error' }, 'Invalid parameters'),
  '503': json({ $ref: '#/components/schemas/Error' }, 'The ledger cannot be read'),
};

export function openApiDocument(opts: { ingest: boolean; version: string }) {
  const paths: Record<string, unknown> = {
    '/healthz': { get: { summary: 'Liveness and ledger totals', responses: { '200': json({ type: 'object' }) } } },
    '/api/events': {
      get: {
        summary: 'Events matching the filters, a page at a time',
        parameters: [
          ...FILTERS,
          q('limit', { type: 'integer', minimum: 1, maximum: 1000, default: 100 }, 'Page size.'),
          q('cursor', { type: 'string' }, 'The "next" value of the previous page.'),
          q('offset', { type: 'integer', minimum: 0 }, 'Events to skip (instead of cursor).'),
        ],
        responses: {
          '200': json({
            type: 'object',
            required: ['events', 'next'],
            properties: {
              events: { type: 'array', items: { $ref: '#/components/schemas/Event' } },
              next: { type: ['string', 'null'] },
            },
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
              event: { $ref: '#/components/schemas/Event' },
              document: { $ref: '#/components/schemas/Document' },
              evidence: { type: 'array', items: { $ref: '#/components/schemas/Evidence' } },
              related: { type: 'array', items: { $ref: '#/components/schemas/Event' }, description: 'Reports of the same happening in other documents.' },
            },
          }),
          '404': json({ $ref: '#/components/schemas/Error' }, 'No such event'),
          ...errors,
        },
      },
    },
    '/api/documents/{id}': {
      get: {
        summary: 'One document as cleaned, with its events',
        parameters: [idParam],
        responses: { '200': json({ $ref: '#/components/schemas/Document' }), '404': json({ $ref: '#/components/schemas/Error' }, 'No such document'), ...errors },
      },
    },
    '/api/stats': {
      get: {
        summary: 'Counts per day, type, verification and source of the matching events (for the timeline)',
        parameters: FILTERS,
        responses: { '200': json({ $ref: '#/components/schemas/Stats' }), ...errors },
      },
    },
    '/api/export': {
      get: {
        summary: 'All matching events as ACLED-style CSV, GeoJSON or JSON Lines',
        parameters: [...FILTERS, q('format', { type: 'string', enum: ['acled-csv', 'geojson', 'jsonl'], default: 'jsonl' }, 'Output format.')],
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
        requestBody: { required: true, content: { 'application/json': { schema: { $ref: '#/components/schemas/DocumentInput' } } } },
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
    components: {
      securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } },
      schemas: {
        Error: { type: 'object', properties: { error: { type: 'object', properties: { code: str('SitrepError code'), message: str('What went wrong') } } } },
        Event: {
          type: 'object',
          description: 'The batch contract event (eval/CONTRACT.md) with its ledger id and document.',
          properties: {
            id: { type: 'integer' },
            document: { type: 'object', properties: { id: { type: 'integer' }, name: { type: 'string' }, title: { type: ['string', 'null'] }, published: { type: ['string', 'null'] }, url: { type: ['string', 'null'] } } },
            type: str('sitrep taxonomy, e.g. attack.shelling'),
            acled: { type: ['object', 'null'] },
            date: { type: ['object', 'null'] },
            location: { type: ['object', 'null'] },
            actors: { type: 'array', items: { type: 'object' } },
            fatalities: { type: ['object', 'null'] },
            modality: { type: 'string' },
            source: { type: ['object', 'null'] },
            verification: { type: 'string', enum: ['confirmed', 'unconfirmed', 'disputed', 'unknown'], description: 'The happening\'s verification, the same at every edge: confirmed only when at least two independent sources report it.' },
            reportVerification: { type: ['string', 'null'], description: 'What this report\'s own text says of its verification (one source never confirms itself).' },
            happeningId: { type: ['integer', 'null'], description: 'The happening this event is a report of.' },
            independentSources: { type: 'integer', description: 'Independent sources reporting the happening.' },
            evidence: { type: 'array', items: { type: 'object' } },
            confidence: { type: 'number' },
          },
        },
        Evidence: {
          type: 'object',
          properties: {
            start: { type: 'integer' },
            end: { type: 'integer' },
            item: { type: 'integer' },
            text: { type: ['string', 'null'] },
            body: { type: ['object', 'null'], description: 'The same sentence located in the cleaned body.' },
          },
        },
        Document: { type: 'object', properties: { id: { type: 'integer' }, title: { type: ['string', 'null'] }, body: { type: 'string' }, url: { type: ['string', 'null'] } } },
        Stats: {
          type: 'object',
          properties: {
            total: { type: 'integer' },
            days: { type: 'array', items: { type: 'object', properties: { day: { type: 'string', format: 'date' }, count: { type: 'integer' } } } },
            coarse: { type: 'integer' },
            undated: { type: 'integer' },
            types: { type: 'array', items: { type: 'object' } },
            verification: { type: 'array', items: { type: 'object' } },
            sources: { type: 'array', items: { type: 'object' } },
          },
        },
        DocumentInput: {
          type: 'object',
          required: ['id'],
          properties: { id: { type: 'string' }, text: { type: 'string' }, html: { type: 'string' }, url: { type: 'string' }, published: { type: 'string' } },
        },
      },
    },
  };
}
