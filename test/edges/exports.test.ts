// The exports as another tool reads them: ACLED's CSV header column for column (read from ACLED's own
// export in ../shared at test time), every row back through an RFC 4180 reader, GeoJSON as RFC 7946 wants
// it with flat properties, and actor names as ACLED writes them.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ACLED_COLUMNS } from '../../src/edges/http/export/acled-csv.js';
import { acledActor } from '../../src/edges/http/export/acled-actors.js';
import { contentHash } from '../../src/ingest/hash.js';
import { openSqliteLedger } from '../../src/ledger/sqlite.js';
import { SHARED, describeShared } from '../helpers/shared.js';
import { fixtureStore } from '../http/fixtures.js';
import { tempDir } from '../ledger/fixtures.js';
import { runCli as run } from '../cli/memory-io.js';

let tmp: ReturnType<typeof tempDir>;
let db: string;

/** Text that a CSV writer must quote: commas, quotes, a line break, and a formula-like start. */
const AWKWARD = '=Shells hit "Depot 7", a fuel store,\nnear Zorianka on 2 May 2024; three workers were killed, officials said.';

beforeAll(async () => {
  tmp = tempDir();
  db = join(tmp.dir, 'ledger.db');
  await (await fixtureStore(db)).close();
  const store = await openSqliteLedger(db);
  try {
    const raw = new TextEncoder().encode(AWKWARD);
    const doc = { hash: contentHash(raw), kind: 'text' as const, container: 'file' as const, name: 'awkward.txt', sourcePath: null, sourceLine: null, url: 'https://awkward.example/2024/05/02/depot', givenPublished: null, raw };
    const event = {
      type: 'strike.shelling', acled: { event_type: 'Explosions/Remote violence', sub_event_type: 'Shelling/artillery/missile attack' }, plover: null,
      date: { value: '2024-05-02', precision: 'day' },
      location: { name: 'Zorianka', lat: 47.9, lon: 35.1, admin1: 'Zaporizhzhia', country: 'UA', geonameId: null, precision: 2 },
      actors: [{ name: 'Russians', role: 'actor1' }, { name: 'Civilians (Ukraine)', role: 'target', side: 'UA' }, { name: 'Monday', role: 'actor1' }],
      fatalities: { best: 3, low: 3, high: 3 }, modality: 'asserted', source: { name: 'officials' }, verification: 'unknown',
      trigger: { start: 1, end: 6, text: 'Shell' }, evidence: [{ start: 0, end: AWKWARD.length }], confidence: 0.7,
    };
    const line = { id: doc.name, document: { title: 'Depot hit', published: '2024-05-02', publishedSource: 'page', body: AWKWARD, items: [] }, events: [event] };
    await store.save(doc, { pipelineVersion: 'test', line, ms: 0 });
  } finally {
    await store.close();
  }
});
afterAll(() => tmp.cleanup());

describeShared('ACLED CSV against ACLED\'s own export', () => {
  it('has ACLED\'s header, column for column', () => {
    const header = readFileSync(join(SHARED, 'corpora', 'acled', 'acled-ukraine.csv'), 'utf8').split(/\r?\n/, 1)[0]!.split(',');
    expect([...ACLED_COLUMNS]).toEqual(header);
  });

  it('keeps every row through an RFC 4180 reader (the scorers\' own)', async () => {
    const out = join(tmp.dir, 'events.csv');
    const r = await run(['export', '--db', db, '--format', 'acled-csv', '--output', out]);
    expect(r.code).toBe(0);
    // The vandalism report has no ACLED type: left out, and said so.
    expect(r.err).toMatch(/1 happening left out of acled-csv: 1 a type ACLED does not code/);
    const { readCsvFile } = (await import(pathToFileURL(join(SHARED, 'eval', 'lib', 'csv.mjs')).href)) as { readCsvFile: (p: string) => { columns: string[]; records: Array<{ values: Record<string, string> }> } };
    const { columns, records } = readCsvFile(out);
    expect(columns).toEqual([...ACLED_COLUMNS]);
    const happenings = (await run(['events', '--db', db, '--json'])).out.trim().split('\n').length;
    expect(records).toHaveLength(happenings - 1);
    const awkward = records.find((x) => x.values.location === 'Zorianka')!.values;
    expect(awkward.notes).toBe(`'${AWKWARD.replace(/\s+/g, ' ')}`);
    expect(awkward).toMatchObject({ actor1: 'Military Forces of Russia (2000-)', actor2: 'Civilians (Ukraine)', inter1: '1', inter2: '7', interaction: '17', civilian_targeting: 'Civilian targeting', geo_precision: '2', fatalities: '3', source: 'awkward.example', disorder_type: 'Political violence' });
    for (const { values } of records) {
      expect(values.event_id_cnty).toMatch(/^[A-Z]{3}\d+$/);
      expect(values.event_date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(['1', '2', '3']).toContain(values.time_precision);
    }
  });
});

describe('GeoJSON', () => {
  it('is an RFC 7946 FeatureCollection of Points with flat properties, places left out counted', async () => {
    const out = join(tmp.dir, 'events.geojson');
    const r = await run(['export', '--db', db, '--format', 'geojson', '--output', out]);
    expect(r.code).toBe(0);
    expect(r.err).toMatch(/1 happening left out of geojson: 1 no place/);
    const fc = JSON.parse(readFileSync(out, 'utf8'));
    expect(Object.keys(fc).sort()).toEqual(['features', 'type']); // no "crs": RFC 7946 is WGS 84 always
    expect(fc.type).toBe('FeatureCollection');
    expect(fc.features.length).toBeGreaterThan(0);
    for (const f of fc.features) {
      expect(f.type).toBe('Feature');
      expect(['number', 'string']).toContain(typeof f.id);
      expect(f.geometry.type).toBe('Point');
      const [lon, lat] = f.geometry.coordinates;
      expect(f.geometry.coordinates).toHaveLength(2);
      expect(lon).toBeGreaterThanOrEqual(-180);
      expect(lon).toBeLessThanOrEqual(180);
      expect(lat).toBeGreaterThanOrEqual(-90);
      expect(lat).toBeLessThanOrEqual(90);
      for (const v of Object.values(f.properties)) expect(v === null || typeof v === 'string' || typeof v === 'number').toBe(true);
      expect(f.properties).toHaveProperty('location_precision');
      expect(f.properties).toHaveProperty('independent_sources');
    }
  });
});

describe('actor names as ACLED writes them', () => {
  it('normalises country words and forces to the actor table\'s names, and drops what is no actor', () => {
    for (const name of ['Russians', 'Russian', 'Russia', 'Russian forces', "Russia's army"]) expect(acledActor({ name })?.name, name).toBe('Military Forces of Russia (2000-)');
    expect(acledActor({ name: 'its forces', side: 'UA' })?.name).toBe('Military Forces of Ukraine (2019-)');
    expect(acledActor({ name: 'its forces' })).toBeNull();
    expect(acledActor({ name: 'Monday' })).toBeNull();
    expect(acledActor({ name: 'Civilians (Ukraine)', side: 'UA' })).toEqual({ name: 'Civilians (Ukraine)', inter: 7 });
    expect(acledActor({ name: 'Protesters (Georgia)' })?.inter).toBe(6);
  });
});
