// One verification per happening, the same at every edge: `sitrep events --json`, `sitrep show --json`,
// GET /api/events and /api/events/:id, and the JSON Lines and GeoJSON exports (whose records the web app
// reads through the same API). "confirmed" only with two independent sources: a single source whose own
// text says "confirmed" is one source confirming itself, which never counts.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { createApp } from '../../src/edges/http/app.js';
import { contentHash } from '../../src/ingest/hash.js';
import { verificationOf } from '../../src/ledger/linking/corroborate.js';
import { openSqliteLedger } from '../../src/ledger/sqlite.js';
import { tempDir } from '../ledger/fixtures.js';
import { runCli as run } from '../cli/memory-io.js';

let tmp: ReturnType<typeof tempDir>;
let db: string;

/** One invented report from one outlet: a strike on a place and day, with what its own text says of it. */
async function save(path: string, i: number, r: { outlet: string; place: [string, number, number]; day: string; verification: string; text: string }) {
  const store = await openSqliteLedger(path);
  try {
    const raw = new TextEncoder().encode(`${r.text}\n${r.outlet}\n`);
    const doc = { hash: contentHash(raw), kind: 'text' as const, container: 'file' as const, name: `report-${i}.txt`, sourcePath: null, sourceLine: null, url: `https://${r.outlet}/news/${i}`, givenPublished: null, raw };
    const event = {
      type: 'strike.missile',
      acled: { event_type: 'Explosions/Remote violence', sub_event_type: 'Shelling/artillery/missile attack' },
      plover: null,
      date: { value: r.day, precision: 'day' },
      location: { name: r.place[0], lat: r.place[1], lon: r.place[2], admin1: r.place[0], country: 'UA', geonameId: null, precision: 1 },
      actors: [{ name: 'Military Forces of Russia (2000-)', role: 'actor1', side: 'RU' }],
      fatalities: null,
      modality: 'asserted',
      source: { name: 'regional governor' },
      verification: r.verification,
      trigger: { start: 0, end: 7, text: r.text.slice(0, 7) },
      evidence: [{ start: 0, end: r.text.length }],
      confidence: 0.8,
    };
    const line = { id: doc.name, document: { title: `Report ${i}`, published: r.day, publishedSource: 'given', body: r.text, items: [] }, events: [event] };
    await store.save(doc, { pipelineVersion: 'test', line, ms: 0 });
  } finally {
    await store.close();
  }
}

const ODESA: [string, number, number] = ['Odesa', 46.4775, 30.7326];
const SUMY: [string, number, number] = ['Sumy', 50.9216, 34.8003];
const LVIV: [string, number, number] = ['Lviv', 49.8397, 24.0297];

beforeAll(async () => {
  tmp = tempDir();
  db = join(tmp.dir, 'ledger.db');
  // Two outlets report the Odesa strike: confirmed.
  await save(db, 1, { outlet: 'first-wire.example', place: ODESA, day: '2024-02-03', verification: 'unknown', text: 'Missiles struck the port of Odesa overnight, the regional governor said on the morning after the attack.' });
  await save(db, 2, { outlet: 'second-paper.example', place: ODESA, day: '2024-02-03', verification: 'unknown', text: 'A missile attack hit port buildings in Odesa during the night; emergency crews worked until dawn there.' });
  // One outlet says its own report is "confirmed": still one source.
  await save(db, 3, { outlet: 'third-site.example', place: SUMY, day: '2024-03-09', verification: 'confirmed', text: 'Officials confirmed that a missile hit a school gym in Sumy early on Saturday, the report by one site said.' });
  // One outlet reports a strike that the other side disputes.
  await save(db, 4, { outlet: 'fourth-news.example', place: LVIV, day: '2024-04-14', verification: 'disputed', text: 'A missile reportedly hit a warehouse near Lviv; the claim is disputed by the other side, which calls it invented.' });
});
afterAll(() => tmp.cleanup());

const lines = (s: string) => s.trim().split('\n').filter(Boolean).map((l) => JSON.parse(l) as Record<string, any>);

describe('one verification per happening at every edge', () => {
  it('has one definition: confirmed only with two independent sources', () => {
    const one = { independentSources: 1, denied: false, asserted: true, sidesDisagree: false };
    expect(verificationOf({ ...one, reportVerifications: ['confirmed'] })).toBe('unconfirmed');
    expect(verificationOf({ ...one, reportVerifications: ['unknown'] })).toBe('unknown');
    expect(verificationOf({ ...one, reportVerifications: ['disputed'] })).toBe('disputed');
    expect(verificationOf({ ...one, independentSources: 2, reportVerifications: ['unknown', 'unknown'] })).toBe('confirmed');
    expect(verificationOf({ ...one, independentSources: 2, denied: true, reportVerifications: ['unknown', 'unknown'] })).toBe('disputed');
  });

  it('shows the same value in the CLI, the API and the exports', async () => {
    const cli = lines((await run(['events', '--db', db, '--json'])).out);
    expect(cli).toHaveLength(3);
    const byPlace = new Map(cli.map((h) => [h.location.name as string, h]));
    expect(byPlace.get('Odesa')).toMatchObject({ verification: 'confirmed', independentSources: 2 });
    expect(byPlace.get('Sumy')).toMatchObject({ verification: 'unconfirmed', independentSources: 1, reportVerification: 'confirmed' });
    expect(byPlace.get('Lviv')).toMatchObject({ verification: 'disputed', independentSources: 1 });
    const expected = new Map(cli.map((h) => [h.id as number, h.verification as string]));

    // sitrep show: the happening and every report of it.
    for (const [id, verification] of expected) {
      const shown = JSON.parse((await run(['show', '--db', db, '--json', String(id)])).out);
      expect(shown.event.verification).toBe(verification);
      for (const r of shown.reports) expect(r.event.verification).toBe(verification);
      expect((await run(['show', '--db', db, String(id)])).out).toMatch(new RegExp(`^verified\\s+${verification}:`, 'm'));
    }

    const store = await openSqliteLedger(db);
    try {
      const app = createApp({ store });
      // The API lists reports (events): each carries its happening's verification.
      const api = (await (await app.request('/api/events?limit=100')).json()) as { events: Array<Record<string, any>> };
      expect(api.events).toHaveLength(4);
      for (const e of api.events) {
        expect(e.verification).toBe(expected.get(e.happeningId));
        const one = (await (await app.request(`/api/events/${e.id}`)).json()) as Record<string, any>;
        expect((one.event ?? one).verification).toBe(e.verification);
      }
      // Filtering by verification means the happening's, at the API and in the CLI alike.
      const confirmed = (await (await app.request('/api/events?verification=confirmed')).json()) as { events: Array<Record<string, any>> };
      expect(confirmed.events.map((e) => e.location.name).sort()).toEqual(['Odesa', 'Odesa']);
      expect(lines((await run(['events', '--db', db, '--json', '--verification', 'confirmed'])).out).map((h) => h.location.name)).toEqual(['Odesa']);

      // The counts the web app's menu shows per verification: events per their happening's value.
      const stats = (await (await app.request('/api/stats')).json()) as { verification: Array<{ verification: string; count: number }> };
      expect(Object.fromEntries(stats.verification.map((v) => [v.verification, v.count]))).toEqual({ confirmed: 2, unconfirmed: 1, disputed: 1 });
      const typed = (await (await app.request('/api/stats?type=strike&place=odesa')).json()) as { verification: Array<{ verification: string; count: number }> };
      expect(typed.verification).toEqual([{ verification: 'confirmed', count: 2 }]);

      const jsonl = lines(await (await app.request('/api/export?format=jsonl')).text());
      expect(new Map(jsonl.map((h) => [h.id, h.verification]))).toEqual(expected);
      const geo = JSON.parse(await (await app.request('/api/export?format=geojson')).text());
      expect(new Map(geo.features.map((f: any) => [f.properties.id, f.properties.verification]))).toEqual(expected);
      expect(geo.features.find((f: any) => f.properties.place === 'Odesa').properties.independent_sources).toBe(2);
    } finally {
      await store.close();
    }
    const cliJsonl = lines((await run(['export', '--db', db, '--format', 'jsonl'])).out);
    expect(new Map(cliJsonl.map((h) => [h.id, h.verification]))).toEqual(expected);
  });
});
