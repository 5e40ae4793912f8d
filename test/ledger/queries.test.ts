// The store's SQL filters, counts and paging checked against the same answers computed in plain code over
// every stored event, on a seeded synthetic ledger (varied types, days, spans, places, sources, actors),
// part of it re-annotated so the count tables must have taken events out as well as in. On SQLite and
// PostgreSQL alike; and a ledger from before migration 006 gets its count and actor tables on opening.
import Database from 'better-sqlite3';
import { Kysely, Migrator, PostgresDialect, SqliteDialect } from 'kysely';
import pg from 'pg';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { contentHash } from '../../src/ingest/hash.js';
import { eventDays } from '../../src/ledger/day-range.js';
import { eventRow } from '../../src/ledger/event-row.js';
import { haversineKm } from '../../src/ledger/linking/link.js';
import { POSTGRES, SQLITE } from '../../src/ledger/migrations/flavor.js';
import { migrationProvider } from '../../src/ledger/migrations/index.js';
import { rebuildQuerySummaries } from '../../src/ledger/queries/summary-tables.js';
import { openPostgresLedger } from '../../src/ledger/postgres.js';
import { openSqliteLedger } from '../../src/ledger/sqlite.js';
import type { EventFilter, LedgerStore, StoredEvent } from '../../src/ledger/store.js';
import { statsOf } from '../helpers/stats-of.js';
import { createTestDatabase, describeEachStore, type OpenedStore } from '../helpers/stores.js';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const TYPES = ['strike.drone', 'strike.missile', 'battle.armed-clash', 'protest.peaceful', 'strike'];
const PLACES: Array<[string, number, number, string]> = [
  ['Kyiv', 50.45, 30.52, 'Kyiv City'], ['Kharkiv', 49.99, 36.23, 'Kharkiv'], ['Chuhuiv', 49.835, 36.688, 'Kharkiv'], ['Odesa', 46.48, 30.73, 'Odesa'],
];
const ACTORS = ['Russian forces', 'Ukrainian forces', 'Wagner Group', 'Збройні сили України', 'Civilians'];
const WORDS = ['harbour', 'granary', 'bridge', 'depot', 'school', 'market'];

function rng(seed: number) {
  return () => ((seed = (seed * 1664525 + 1013904223) >>> 0) / 2 ** 32);
}

function syntheticEvents(rand: () => number, count: number) {
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)]!;
  return Array.from({ length: count }, () => {
    const [name, lat, lon, admin1] = pick(PLACES);
    const r = rand();
    const day = `2024-0${1 + Math.floor(rand() * 3)}-${String(1 + Math.floor(rand() * 28)).padStart(2, '0')}`;
    const date = r < 0.1 ? null : r < 0.2 ? { value: day.slice(0, 7), precision: 'month' } : { value: day, precision: 'day' };
    const actors = Array.from({ length: Math.floor(rand() * 3) }, (_, i) => ({ name: pick(ACTORS), role: i === 0 ? 'actor1' : 'target' }));
    return {
      type: pick(TYPES), date,
      location: rand() < 0.1 ? null : { name, lat: lat + (rand() - 0.5) * 0.6, lon: lon + (rand() - 0.5) * 0.6, admin1, country: 'UA', precision: 1 },
      actors, fatalities: rand() < 0.3 ? { best: Math.floor(rand() * 9) } : null, modality: 'asserted',
      source: rand() < 0.2 ? null : { name: `Source ${1 + Math.floor(rand() * 12)}` }, verification: pick(['unconfirmed', 'confirmed', 'unknown']),
      trigger: { start: 0, end: 1, text: 'x' }, evidence: [], confidence: 0.5,
    };
  });
}

const page = (d: number) => {
  const body = `Synthetic page ${d} about the ${WORDS[d % WORDS.length]}.`;
  const raw = new TextEncoder().encode(body);
  return { body, raw, doc: { hash: contentHash(raw), kind: 'text' as const, container: 'file' as const, name: `doc-${d}`, sourcePath: null, sourceLine: null, url: null, givenPublished: null, raw } };
};

const FILTERS: EventFilter[] = [
  {},
  { type: 'strike' },
  { type: 'strike.drone' },
  { since: '2024-02-10', until: '2024-02-20' },
  { since: '2024-03-01' },
  { until: '2024-01-15' },
  { verification: 'confirmed', type: 'battle' },
  { verification: 'unknown', since: '2024-01-20', until: '2024-02-05' },
  { source: 'source 1' },
  { place: 'kharkiv', since: '2024-02-01' },
  { near: { lat: 49.99, lon: 36.23, radiusKm: 25 } },
  { text: 'granary' },
  { actor: 'forces' },
  { actor: 'ЗБРОЙНІ', type: 'strike' },
];

/** A second handle on a test ledger, for reading its tables directly. */
function rawDb(backend: 'sqlite' | 'postgres', location: string): Kysely<any> {
  if (backend === 'sqlite') return new Kysely({ dialect: new SqliteDialect({ database: new Database(location) }) });
  return new Kysely({ dialect: new PostgresDialect({ pool: new pg.Pool({ connectionString: location, max: 1 }) }) });
}

/** Carries what a transaction read out of it, rolling the transaction back. */
class RolledBack extends Error {
  constructor(readonly tables: unknown) {
    super('rolled back on purpose');
  }
}

const distanceFrom = (lat: number, lon: number) => (e: StoredEvent) => {
  const l = e.event.location as { lat: number; lon: number } | null;
  return l ? haversineKm(lat, lon, l.lat, l.lon) : Infinity;
};
const actorsOf = (e: StoredEvent) => ((e.event.actors as Array<{ name: string }>) ?? []).map((a) => a.name.toLowerCase());
const ids = (events: StoredEvent[]) => events.map((e) => e.id).sort((a, b) => a - b);

describeEachStore('SQL filters, counts and paging', (backend) => {
  let opened: OpenedStore;
  let store: LedgerStore;
  let all: StoredEvent[];

  beforeAll(async () => {
    opened = await backend.open();
    store = opened.store;
    const rand = rng(7);
    for (let d = 0; d < 30; d++) {
      const { body, doc } = page(d);
      const line = { id: `doc-${d}`, document: { title: `Page ${d}`, body, items: [] }, events: syntheticEvents(rand, 10) };
      await store.save(doc, { pipelineVersion: 't', line, ms: 0 }, { link: false });
    }
    // Re-annotated: a third of the documents get other events (and some none), as a new pipeline would.
    for (let d = 0; d < 30; d += 3) {
      const { body, doc } = page(d);
      const line = { id: `doc-${d}`, document: { title: `Page ${d}`, body, items: [] }, events: syntheticEvents(rand, d % 2 ? 0 : 7) };
      await store.save(doc, { pipelineVersion: 't2', line, ms: 0 }, { link: false });
    }
    all = await store.events();
  });
  afterAll(async () => {
    await store.close();
    await opened.cleanup();
  });

  it('counts in SQL and in the count tables exactly what counting every event gives', async () => {
    expect(all.length).toBe(20 * 10 + 5 * 7);
    for (const f of FILTERS) {
      const stats = await store.eventStats(f);
      const expected = statsOf(await store.events(f));
      const at = `${backend.name} ${JSON.stringify(f)}`;
      expect(stats.total, at).toBe(expected.total);
      expect(stats.days, at).toEqual(expected.days);
      expect([stats.coarse, stats.undated, stats.fatalities], at).toEqual([expected.coarse, expected.undated, expected.fatalities]);
      expect(new Set(stats.types.map((t) => `${t.type}:${t.count}`)), at).toEqual(new Set(expected.types.map((t) => `${t.type}:${t.count}`)));
      expect(new Set(stats.verification.map((t) => `${t.verification}:${t.count}`)), at).toEqual(new Set(expected.verification.map((t) => `${t.verification}:${t.count}`)));
      expect(new Set(stats.sources.map((t) => `${t.source}:${t.count}`)), at).toEqual(new Set(expected.sources.map((t) => `${t.source}:${t.count}`)));
    }
    expect((await store.eventStats({})).total).toBe(all.length);
  });

  it('filters by date overlap, source, great-circle radius, actor and text as plain code over every event would', async () => {
    const overlap = all.filter((e) => {
      const d = eventDays(e.event.date as never);
      return d !== null && d.end >= '2024-02-10' && d.start <= '2024-02-20';
    });
    expect(ids(await store.events({ since: '2024-02-10', until: '2024-02-20' }))).toEqual(ids(overlap));
    const bySource = all.filter((e) => /source 1/i.test(String((e.event.source as { name?: string } | null)?.name ?? '')));
    expect(ids(await store.events({ source: 'Source 1' }))).toEqual(ids(bySource));
    for (const radiusKm of [8, 25, 60, 400]) {
      const near = await store.events({ near: { lat: 49.99, lon: 36.23, radiusKm } });
      if (radiusKm >= 25) expect(near.length, `${radiusKm} km`).toBeGreaterThan(0);
      expect(ids(near), `${radiusKm} km`).toEqual(ids(all.filter((e) => distanceFrom(49.99, 36.23)(e) <= radiusKm)));
    }
    for (const actor of ['forces', 'WAGNER', 'збройні', 'ukrainian forces']) {
      const expected = all.filter((e) => actorsOf(e).some((a) => a.includes(actor.toLowerCase())));
      expect(expected.length).toBeGreaterThan(0);
      expect(ids(await store.events({ actor })), actor).toEqual(ids(expected));
    }
    expect(await store.events({ actor: '%' })).toEqual([]);
    const granary = await store.events({ text: 'GRANARY' });
    expect(ids(granary)).toEqual(ids(all.filter((e) => Number(e.document.name.slice(4)) % WORDS.length === 1)));
  });

  it('treats search text as words, never as query syntax', async () => {
    for (const text of ['"granary', 'granary OR', 'NEAR(', '*', 'a AND -b ^c']) await expect(store.events({ text })).resolves.toBeInstanceOf(Array);
    expect(await store.events({ text: '***' })).toEqual([]);
  });

  it('keeps its count and actor tables row for row as rebuilding them from the events gives, none left at zero', async () => {
    // One more document, re-annotated with fewer events: the save counts the events it stores in hand, and
    // those counts must meet the ones read back from the database when the document's events are replaced.
    // On PostgreSQL its source names include a lone surrogate, which pg writes as U+FFFD. (better-sqlite3
    // writes one as bytes that are not UTF-8, which SQLite reads back as three U+FFFD: such text cannot
    // be counted consistently in a SQLite ledger, with or without counts made in hand.)
    const { body, doc } = page(100);
    const odd = backend.name === 'postgres' ? 'Lone \uD800 source' : 'Lone \uFFFD source';
    const lone = (events: ReturnType<typeof syntheticEvents>) => events.map((e, i) => ({ ...e, source: { name: i % 2 ? odd : 'Lone \uFFFD source' } }));
    const rand = rng(23);
    await store.save(doc, { pipelineVersion: 't', line: { id: 'doc-100', document: { title: 'Page 100', body, items: [] }, events: lone(syntheticEvents(rand, 6)) }, ms: 0 }, { link: false });
    await store.save(doc, { pipelineVersion: 't2', line: { id: 'doc-100', document: { title: 'Page 100', body, items: [] }, events: lone(syntheticEvents(rand, 3)) }, ms: 0 }, { link: false });
    const db = rawDb(backend.name, opened.location);
    try {
      const tables = async (q: Kysely<any>) => ({
        days: await q.selectFrom('event_day_counts').selectAll().orderBy(['day_start', 'day_end', 'type', 'verification']).execute(),
        sources: await q.selectFrom('event_source_counts').selectAll().orderBy(['source_name', 'type', 'verification']).execute(),
        actors: await q.selectFrom('event_actors').selectAll().orderBy(['event_id', 'actor']).execute(),
      });
      const kept = await tables(db);
      expect(kept.sources.some((r) => r.source_name === 'Lone \uFFFD source')).toBe(true);
      const rebuilt = await db
        .transaction()
        .execute(async (trx) => {
          await rebuildQuerySummaries(trx);
          throw new RolledBack(await tables(trx));
        })
        .catch((err: unknown) => {
          if (err instanceof RolledBack) return err.tables as typeof kept;
          throw err;
        });
      const numbers = (t: typeof kept) => JSON.parse(JSON.stringify(t, (_k, v: unknown) => (typeof v === 'bigint' || (typeof v === 'string' && /^-?\d+$/.test(v)) ? Number(v) : v))) as unknown;
      expect(numbers(kept)).toEqual(numbers(rebuilt));
    } finally {
      await db.destroy();
    }
  });

  it('walks keyset pages and offsets to the same order as one listing, undated events last', async () => {
    for (const f of [{}, { type: 'strike' }, { since: '2024-02-01' }, { actor: 'forces' }] as EventFilter[]) {
      const whole = await store.events(f);
      const walked: number[] = [];
      let after: EventFilter['after'];
      for (;;) {
        const rows = await store.events({ ...f, limit: 17, ...(after ? { after } : {}) });
        walked.push(...rows.map((e) => e.id));
        if (rows.length < 17) break;
        const last = rows[rows.length - 1]!;
        after = { dayStart: eventDays(last.event.date as never)?.start ?? null, id: last.id };
      }
      expect(walked).toEqual(whole.map((e) => e.id));
      for (const offset of [0, 17, whole.length - 5]) {
        expect((await store.events({ ...f, offset, limit: 17 })).map((e) => e.id)).toEqual(whole.slice(offset, offset + 17).map((e) => e.id));
      }
    }
  });
});

/** A ledger migrated only up to 005, holding events stored as that schema would have them. */
async function ledgerBefore006(backend: 'sqlite' | 'postgres'): Promise<{ open: () => Promise<LedgerStore>; cleanup: () => Promise<void> }> {
  let db: Kysely<any>;
  let open: () => Promise<LedgerStore>;
  let cleanup: () => Promise<void>;
  if (backend === 'sqlite') {
    const dir = mkdtempSync(join(tmpdir(), 'sitrep-006-'));
    const path = join(dir, 'ledger.db');
    db = new Kysely({ dialect: new SqliteDialect({ database: new Database(path) }) });
    open = () => openSqliteLedger(path);
    cleanup = async () => rmSync(dir, { recursive: true, force: true });
  } else {
    const t = await createTestDatabase();
    db = new Kysely({ dialect: new PostgresDialect({ pool: new pg.Pool({ connectionString: t.url, max: 1 }) }) });
    open = () => openPostgresLedger(t.url);
    cleanup = t.drop;
  }
  const { error } = await new Migrator({ db, provider: migrationProvider(backend === 'sqlite' ? SQLITE : POSTGRES) }).migrateTo('005-ledger-revision');
  if (error) throw error;
  const rand = rng(11);
  for (let d = 0; d < 4; d++) {
    const { raw } = page(d);
    const doc = await db
      .insertInto('documents')
      .values({ hash: contentHash(raw), kind: 'text', container: 'file', name: `doc-${d}`, raw: Buffer.from(raw), byte_length: raw.byteLength, ingested_at: '2024-04-01T00:00:00Z' })
      .returning('id')
      .executeTakeFirstOrThrow();
    // A ledger of migration 005 has no candidate column (migration 008).
    await db.insertInto('events').values(syntheticEvents(rand, 25).map((e, i) => {
      const { candidate: _before008, ...row } = eventRow(Number(doc.id), i, e);
      return row;
    })).execute();
  }
  await db.destroy();
  return { open, cleanup };
}

describeEachStore('migration 006 on an existing ledger', (backend) => {
  it('fills the count and actor tables from the events already stored', async () => {
    const old = await ledgerBefore006(backend.name);
    const store = await old.open();
    try {
      const all = await store.events();
      expect(all.length).toBe(100);
      for (const f of [{}, { type: 'strike', since: '2024-02-01' }, { verification: 'confirmed' }] as EventFilter[]) {
        const stats = await store.eventStats(f);
        const expected = statsOf(await store.events(f));
        expect([stats.total, stats.undated, stats.coarse, stats.fatalities]).toEqual([expected.total, expected.undated, expected.coarse, expected.fatalities]);
        expect(stats.days).toEqual(expected.days);
        expect(new Set(stats.sources.map((s) => `${s.source}:${s.count}`))).toEqual(new Set(expected.sources.map((s) => `${s.source}:${s.count}`)));
      }
      const expected = all.filter((e) => actorsOf(e).some((a) => a.includes('збройні')));
      expect(expected.length).toBeGreaterThan(0);
      expect(ids(await store.events({ actor: 'Збройні' }))).toEqual(ids(expected));
    } finally {
      await store.close();
      await old.cleanup();
    }
  });
});
