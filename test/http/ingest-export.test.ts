// POST /api/documents behind a bearer token, the exports over HTTP and from `sitrep export`, and the real
// server on 127.0.0.1 serving the built app's files.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../src/edges/http/app.js';
import { startServer } from '../../src/edges/http/server.js';
import { ACLED_COLUMNS, csvField } from '../../src/edges/http/export/acled-csv.js';
import { exportCommand } from '../../src/edges/cli/commands/export.js';
import type { LedgerStore } from '../../src/ledger/store.js';
import { DocumentRunner } from '../../src/edges/document-runner.js';
import { Uploads } from '../../src/edges/http/uploads.js';
import { pipelineVersion } from '../../src/ledger/project.js';
import { fixtureStore } from './fixtures.js';

let store: LedgerStore;
const dir = mkdtempSync(join(tmpdir(), 'sitrep-http-'));
beforeAll(async () => {
  store = await fixtureStore(join(dir, 'ledger.db'));
});
afterAll(async () => {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

const post = (app: ReturnType<typeof createApp>, body: unknown, token?: string) =>
  app.request('/api/documents', {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });

interface Status {
  status: string;
  documentId: number | null;
  events: number;
  error: { code: string; message: string } | null;
}

/** Reads an upload's status until it is no longer queued. */
async function waitForUpload(app: ReturnType<typeof createApp>, path: string): Promise<Status> {
  for (let i = 0; i < 600; i++) {
    const res = await app.request(path, { headers: { authorization: 'Bearer s3cret' } });
    expect(res.status).toBe(200);
    const status = (await res.json()) as Status;
    if (status.status !== 'queued') return status;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`${path} stayed queued`);
}

describe('POST /api/documents', () => {
  // Its own ledger: what it ingests must not change what the export tests count.
  let store: LedgerStore;
  beforeAll(async () => {
    store = await fixtureStore();
  });
  afterAll(() => store.close());
  const doc = { id: 'posted-1', text: 'Invented report: shelling hit a village near Kherson on Tuesday, officials said.', published: '2024-03-05' };

  it('does not exist without a token', async () => {
    const res = await post(createApp({ store }), doc, 'anything');
    expect(res.status).toBe(404);
  });

  it('needs the right bearer token', async () => {
    const app = createApp({ store, token: 's3cret' });
    expect((await post(app, doc)).status).toBe(401);
    expect((await post(app, doc, 'wrong')).status).toBe(401);
  });

  it('answers 202 at once, annotates off the request, then reports the document unchanged', async () => {
    const app = createApp({ store, token: 's3cret' });
    const before = (await store.counts()).documents;
    const first = await post(app, doc, 's3cret');
    expect(first.status).toBe(202);
    const body = (await first.json()) as { outcome: string; status: string; hash: string };
    expect(body.outcome).toBe('queued');
    expect(first.headers.get('location')).toBe(body.status);
    expect(body.status).toBe(`/api/uploads/${body.hash}`);
    const status = await waitForUpload(app, body.status);
    expect(status).toMatchObject({ status: 'done', error: null });
    expect(status.events).toBeGreaterThan(0);
    expect((await store.counts()).documents).toBe(before + 1);
    const stored = await (await app.request(`/api/documents/${status.documentId}`)).json();
    expect(stored.name).toBe('posted-1');
    const again = await post(app, doc, 's3cret');
    expect(again.status).toBe(200);
    expect(((await again.json()) as { outcome: string }).outcome).toBe('unchanged');
    // The status needs the token, and an upload nobody made is not found.
    expect((await app.request(body.status)).status).toBe(401);
    expect((await app.request(`/api/uploads/${'0'.repeat(64)}`, { headers: { authorization: 'Bearer s3cret' } })).status).toBe(404);
  });

  it('stores a document over its budget with its error line, and says so in its status', async () => {
    const uploads = new Uploads(store, new DocumentRunner({ maxChars: 40 }), pipelineVersion());
    const app = createApp({ store, token: 's3cret', uploads });
    const res = await post(app, { id: 'posted-long', text: 'An invented report that runs on for longer than forty characters.' }, 's3cret');
    expect(res.status).toBe(202);
    const status = await waitForUpload(app, ((await res.json()) as { status: string }).status);
    expect(status.status).toBe('failed');
    expect(status.error?.code).toBe('too_large');
    const stored = await (await app.request(`/api/documents/${status.documentId}`)).json();
    expect(stored.status).toBe('failed');
    expect(stored.error.code).toBe('too_large');
  });

  it('refuses a document of white space, as a file of white space is refused', async () => {
    const app = createApp({ store, token: 's3cret' });
    const res = await post(app, { id: 'blank', text: ' \n\t ' }, 's3cret');
    expect(res.status).toBe(400);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe('empty');
  });

  it('refuses malformed documents with 400 without storing them', async () => {
    const app = createApp({ store, token: 's3cret' });
    const before = (await store.counts()).documents;
    for (const bad of ['{not json', { id: 'x' }, { id: 'x', text: 'a', html: '<p>a</p>' }, { id: 'x', text: 'a', published: 'soon' }]) {
      const res = await post(app, bad, 's3cret');
      expect(res.status, JSON.stringify(bad)).toBe(400);
    }
    expect((await store.counts()).documents).toBe(before);
  });
});

describe('exports', () => {
  it('writes ACLED\'s CSV, one row per happening, with evidence as notes, guarding against formulas', async () => {
    const res = await createApp({ store }).request('/api/export?format=acled-csv&type=strike');
    expect(res.headers.get('content-type')).toContain('text/csv');
    const lines = (await res.text()).trim().split('\r\n');
    expect(lines[0]).toBe(ACLED_COLUMNS.join(','));
    // The two Kharkiv reports are one happening; the drone strike on Kyiv is the other.
    expect(lines).toHaveLength(3);
    const row = (l: string) => Object.fromEntries(ACLED_COLUMNS.map((c, i) => [c, l.match(/("([^"]|"")*"|[^,]*)(,|$)/g)![i]!.replace(/,$/, '')]));
    const kharkiv = row(lines.find((l) => l.includes('Kharkiv'))!);
    expect(kharkiv).toMatchObject({ iso: '804', event_date: '2024-03-12', year: '2024', time_precision: '1', event_type: 'Explosions/Remote violence', country: 'Ukraine', admin1: 'Kharkiv', fatalities: '1', geo_precision: '1', actor1: 'Military Forces of Russia (2000-)', inter1: '1', interaction: '10' });
    expect(kharkiv.event_id_cnty).toMatch(/^UKR\d+$/);
    expect(kharkiv.notes).toMatch(/missile/);
    expect(kharkiv.source).toMatch(/example\.org|Storage site hit|Front line changes/);
    expect(kharkiv.source).not.toMatch(/\//);
    expect(csvField('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvField('-33.5', false)).toBe('-33.5');
  });

  it('writes GeoJSON points [lon, lat], one per located happening, with flat properties', async () => {
    const res = await createApp({ store }).request('/api/export?format=geojson');
    const fc = JSON.parse(await res.text());
    expect(fc.type).toBe('FeatureCollection');
    expect(fc.features).toHaveLength(4); // six reports: one without a place, two of one happening
    for (const f of fc.features) for (const v of Object.values(f.properties)) expect(v === null || ['string', 'number'].includes(typeof v)).toBe(true);
    const kyiv = fc.features.find((f: any) => f.properties.type === 'strike.drone');
    expect(kyiv.geometry.coordinates).toEqual([30.52, 50.45]);
    expect(kyiv.properties).toMatchObject({ location_precision: 1, independent_sources: 1, verification: 'unconfirmed', headline: 'Overnight shelling in the south', published: '2024-03-03' });
    expect(kyiv.properties.evidence).toMatch(/^Air defence downed four drones/);
    expect(fc.features.find((f: any) => f.properties.place === 'Kharkiv').properties.reports).toBe(2);
  });

  it('sitrep export writes JSON Lines to a file, and rejects an unknown format', async () => {
    const out = join(dir, 'events.jsonl');
    const io = { stdin: new PassThrough(), stdout: new PassThrough(), stderr: new PassThrough(), isTTY: false };
    const code = await exportCommand.run({ values: { format: 'jsonl', db: join(dir, 'ledger.db'), output: out }, positionals: [] }, io);
    expect(code).toBe(0);
    const rows = readFileSync(out, 'utf8').trim().split('\n').map((l) => JSON.parse(l));
    expect(rows).toHaveLength(5);
    expect(rows.find((r) => r.type === 'retreat.withdrawal').evidence[0].text).toMatch(/^Units withdrew/);
    await expect(exportCommand.run({ values: { format: 'xml', db: join(dir, 'ledger.db') }, positionals: [] }, io)).rejects.toMatchObject({ code: 'usage' });
  });
});

describe('the server on 127.0.0.1', () => {
  it('serves the API and the app files, routing app paths to index.html', async () => {
    const web = new Map([
      ['/index.html', { body: new TextEncoder().encode('<!doctype html><title>sitrep</title>'), type: 'text/html; charset=utf-8', immutable: false }],
      ['/assets/app-1.js', { body: new TextEncoder().encode('console.log(1)'), type: 'text/javascript; charset=utf-8', immutable: true }],
    ]);
    const server = await startServer({ store, web, host: '127.0.0.1', port: 0 });
    try {
      expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      const events = await (await fetch(`${server.url}/api/events?limit=1`)).json();
      expect(events.events).toHaveLength(1);
      const page = await fetch(`${server.url}/event/3`);
      expect(await page.text()).toContain('<title>sitrep</title>');
      const asset = await fetch(`${server.url}/assets/app-1.js`);
      expect(asset.headers.get('cache-control')).toContain('immutable');
      expect((await fetch(`${server.url}/api/unknown`)).status).toBe(404);
    } finally {
      await server.close();
    }
  });
});
