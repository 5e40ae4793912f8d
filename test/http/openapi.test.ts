// /openapi.json is generated from the zod schemas: it lists the taxonomy's event types (and no other), and
// the query parameters each route parses; and what the routes serve parses with the view schemas.
import { beforeAll, describe, expect, it } from 'vitest';
import { openApiDocument } from '../../src/edges/http/openapi.js';
import { EVENT_TYPES } from '../../src/events/taxonomy.js';
import { filterSchema } from '../../src/edges/http/query.js';
import { documentViewSchema, eventViewSchema, statsSchema } from '../../src/edges/http/view-schemas.js';
import { createApp } from '../../src/edges/http/app.js';
import { ingestInto } from '../../src/ledger/ingest.js';
import { openSqliteLedger } from '../../src/ledger/sqlite.js';
import { textDocument } from '../ledger/fixtures.js';

describe('the generated OpenAPI document', () => {
  const doc = openApiDocument({ ingest: true, version: 't' }) as any;

  it('lists every event type of the taxonomy, and only those', () => {
    const types = doc.components.schemas.Event.properties.type.enum;
    expect([...types].sort()).toEqual(Object.keys(EVENT_TYPES).sort());
    expect(JSON.stringify(doc)).not.toContain('attack.shelling');
  });

  it('lists the parameters the routes parse, with their constraints', () => {
    const params = doc.paths['/api/events'].get.parameters;
    expect(params.map((p: any) => p.name)).toEqual([...Object.keys(filterSchema.shape), 'limit', 'cursor', 'offset', 'candidates']);
    const limit = params.find((p: any) => p.name === 'limit');
    expect(limit.schema).toMatchObject({ type: 'integer', minimum: 1, maximum: 1000, default: 100 });
    expect(params.find((p: any) => p.name === 'verification').schema.enum).toContain('disputed');
  });

  it('refers only to schemas it defines', () => {
    const refs = [...JSON.stringify(doc).matchAll(/"\$ref":"#\/components\/schemas\/([^"]+)"/g)].map((m) => m[1]);
    expect(refs.length).toBeGreaterThan(5);
    for (const r of refs) expect(doc.components.schemas[r!], r).toBeDefined();
  });
});

describe('the API answers as its schemas say', () => {
  // A ledger filled by the real pipeline (the HTTP fixtures are hand-written events), from invented reports.
  const REPORTS = [
    'Russian forces shelled Kherson on 3 March 2024, killing two civilians, the regional governor said.',
    'A missile strike damaged a depot in Kharkiv on 12 March 2024, city officials said. Ukrainian troops withdrew from a village near Bakhmut.',
  ];
  let app: ReturnType<typeof createApp>;
  beforeAll(async () => {
    const store = await openSqliteLedger(':memory:');
    async function* docs() {
      for (const [i, text] of REPORTS.entries()) yield { document: textDocument(text, `report-${i}.txt`) };
    }
    await ingestInto(store, docs(), { pipelineVersion: 't' });
    app = createApp({ store });
  });
  const get = async (path: string) => (await app.request(path)).json() as Promise<any>;

  it('serves events, an event page, a document and stats that parse with the view schemas', async () => {
    const { events } = await get('/api/events');
    expect(events.length).toBeGreaterThan(1);
    for (const e of events) expect(eventViewSchema.safeParse(e).error).toBeUndefined();
    const page = await get(`/api/events/${events[0].id}`);
    expect(eventViewSchema.safeParse(page.event).error).toBeUndefined();
    expect(documentViewSchema.safeParse(page.document).error).toBeUndefined();
    expect(statsSchema.safeParse(await get('/api/stats')).error).toBeUndefined();
  });
});
