// /openapi.json is generated from the zod schemas: it lists the taxonomy's event types (and no other), and
// the query parameters each route parses.
import { describe, expect, it } from 'vitest';
import { openApiDocument } from '../../src/edges/http/openapi.js';
import { EVENT_TYPES } from '../../src/events/taxonomy.js';
import { filterSchema } from '../../src/edges/http/query.js';

describe('the generated OpenAPI document', () => {
  const doc = openApiDocument({ ingest: true, version: 't' }) as any;

  it('lists every event type of the taxonomy, and only those', () => {
    const types = doc.components.schemas.Event.properties.type.enum;
    expect([...types].sort()).toEqual(Object.keys(EVENT_TYPES).sort());
    expect(JSON.stringify(doc)).not.toContain('attack.shelling');
  });

  it('lists the parameters the routes parse, with their constraints', () => {
    const params = doc.paths['/api/events'].get.parameters;
    expect(params.map((p: any) => p.name)).toEqual([...Object.keys(filterSchema.shape), 'limit', 'cursor', 'offset']);
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
