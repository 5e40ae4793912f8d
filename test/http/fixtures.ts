// A small ledger of invented reports (no real article text), stored through the real SQLite store, for the
// HTTP and browser tests. Offsets are computed from the fixture text so they always cut what they claim.
import type { Hono } from 'hono';
import { afterAll, beforeAll } from 'vitest';
import { createApp } from '../../src/edges/http/app.js';
import { contentHash } from '../../src/ingest/hash.js';
import { openSqliteLedger } from '../../src/ledger/sqlite.js';
import type { LedgerStore } from '../../src/ledger/store.js';
import type { ContractLine } from '../../src/contract/line.js';

const enc = new TextEncoder();

function span(text: string, needle: string) {
  const start = text.indexOf(needle);
  if (start < 0) throw new Error(`fixture: "${needle}" not in text`);
  return { start, end: start + needle.length };
}

interface FixtureEvent {
  type: string;
  acled: [string, string] | null;
  day: string;
  place: [string, number, number, string] | null;
  actors: Array<[string, string]>;
  fatalities: number | null;
  source: string;
  verification: string;
  evidence: string;
  trigger: string;
}

function event(text: string, e: FixtureEvent) {
  return {
    type: e.type,
    acled: e.acled ? { event_type: e.acled[0], sub_event_type: e.acled[1] } : null,
    plover: null,
    date: { value: e.day, precision: e.day.length === 10 ? 'day' : 'month' },
    location: e.place ? { name: e.place[0], lat: e.place[1], lon: e.place[2], admin1: e.place[3], country: 'UA', geonameId: null, precision: 1 } : null,
    actors: e.actors.map(([name, role]) => ({ name, role })),
    fatalities: e.fatalities === null ? null : { best: e.fatalities, low: e.fatalities, high: null },
    modality: 'asserted',
    source: { name: e.source },
    verification: e.verification,
    trigger: { ...span(text, e.trigger), text: e.trigger },
    evidence: [span(text, e.evidence)],
    confidence: 0.8,
  };
}

// Invented text, including markup that must only ever be shown as text.
export const TEXT_1 =
  'Testovka, 3 March 2024. Artillery shelling hit the village of Testovka overnight, killing two civilians, the regional governor said. ' +
  'Air defence downed four drones over Kyiv before dawn, the air force reported. ' +
  'Residents said a <img src=x onerror="window.__pwned=1"> sign was left on the school door.';

export const BODY_2 =
  'Units withdrew from the left bank near Kherson on 9 March 2024, the general staff said.\n\n' +
  'A missile strike damaged a depot in Kharkiv on 12 March 2024, killing one worker, city officials said.';

const line1 = (): ContractLine => ({
  id: 'fx-1',
  document: { title: 'Overnight shelling in the south', published: '2024-03-03', publishedSource: 'given', body: TEXT_1.replace('2024. ', '2024.\n\n'), items: [] },
  events: [
    event(TEXT_1, {
      type: 'attack.shelling', acled: ['Explosions/Remote violence', 'Shelling/artillery/missile attack'], day: '2024-03-03',
      place: ['Testovka', 46.64, 32.61, 'Kherson'], actors: [['Russian forces', 'actor1'], ['Civilians', 'target']], fatalities: 2,
      source: 'Regional governor', verification: 'unconfirmed',
      evidence: 'Artillery shelling hit the village of Testovka overnight, killing two civilians, the regional governor said.', trigger: 'shelling',
    }),
    event(TEXT_1, {
      type: 'strike.drone', acled: ['Explosions/Remote violence', 'Air/drone strike'], day: '2024-03-03',
      place: ['Kyiv', 50.45, 30.52, 'Kyiv City'], actors: [['Russian forces', 'actor1']], fatalities: 0,
      source: 'Air Force of Ukraine', verification: 'confirmed', evidence: 'Air defence downed four drones over Kyiv before dawn, the air force reported.', trigger: 'drones',
    }),
    event(TEXT_1, {
      type: 'other.vandalism', acled: null, day: '2024-03', place: null, actors: [], fatalities: null,
      source: 'Residents', verification: 'unknown', evidence: 'Residents said a <img src=x onerror="window.__pwned=1"> sign was left on the school door.', trigger: 'sign',
    }),
  ],
});

const line2 = (): ContractLine => ({
  id: 'fx-2',
  document: { title: 'Front line changes', published: '2024-03-12', publishedSource: 'page', body: BODY_2, items: [] },
  events: [
    event(BODY_2, {
      type: 'retreat.withdrawal', acled: ['Strategic developments', 'Non-violent transfer of territory'], day: '2024-03-09',
      place: ['Kherson', 46.6354, 32.6169, 'Kherson'], actors: [['Ukrainian forces', 'actor1']], fatalities: null,
      source: 'General Staff', verification: 'confirmed', evidence: 'Units withdrew from the left bank near Kherson on 9 March 2024, the general staff said.', trigger: 'withdrew',
    }),
    event(BODY_2, {
      type: 'strike.missile', acled: ['Explosions/Remote violence', 'Shelling/artillery/missile attack'], day: '2024-03-12',
      place: ['Kharkiv', 49.9935, 36.2304, 'Kharkiv'], actors: [['Russian forces', 'actor1']], fatalities: 1,
      source: 'City officials', verification: 'disputed', evidence: 'A missile strike damaged a depot in Kharkiv on 12 March 2024, killing one worker, city officials said.', trigger: 'strike',
    }),
  ],
});

export const TEXT_3 = 'Kharkiv, 12 March 2024. One person died when a missile hit a storage site in Kharkiv, the regional military administration said.';

const line3 = (): ContractLine => ({
  id: 'fx-3',
  document: { title: 'Storage site hit', published: '2024-03-12', publishedSource: 'given', body: TEXT_3, items: [] },
  events: [
    event(TEXT_3, {
      type: 'strike.missile', acled: ['Explosions/Remote violence', 'Shelling/artillery/missile attack'], day: '2024-03-12',
      place: ['Kharkiv', 49.98, 36.25, 'Kharkiv'], actors: [['Russian forces', 'actor1']], fatalities: 1,
      source: 'Regional military administration', verification: 'unconfirmed',
      evidence: 'One person died when a missile hit a storage site in Kharkiv, the regional military administration said.', trigger: 'hit',
    }),
  ],
});

export async function fixtureStore(path = ':memory:'): Promise<LedgerStore> {
  const store = await openSqliteLedger(path);
  const docs = [
    { input: { id: 'fx-1', text: TEXT_1, published: '2024-03-03' }, kind: 'text' as const, line: line1() },
    { input: { id: 'fx-2', html: `<article><p>${BODY_2}</p></article>`, url: 'https://example.org/fx-2' }, kind: 'html' as const, line: line2() },
    { input: { id: 'fx-3', text: TEXT_3, published: '2024-03-12' }, kind: 'text' as const, line: line3() },
  ];
  for (const d of docs) {
    const raw = enc.encode(JSON.stringify(d.input));
    await store.save(
      {
        hash: contentHash(raw), kind: d.kind, container: 'jsonl', name: d.input.id, sourcePath: null, sourceLine: null,
        url: 'url' in d.input ? d.input.url : null, givenPublished: 'published' in d.input ? d.input.published : null, raw,
      },
      { pipelineVersion: 'fixture', line: d.line, ms: 1 },
    );
  }
  return store;
}

/**
 * The fixture ledger behind the API, opened before a test file's tests and closed after them. Read
 * `store` and `app` inside tests (they are set once beforeAll has run).
 */
export function fixtureApp(): { readonly store: LedgerStore; readonly app: Hono } {
  const held: { store?: LedgerStore; app?: Hono } = {};
  beforeAll(async () => {
    held.store = await fixtureStore();
    held.app = createApp({ store: held.store, version: 'test' });
  });
  afterAll(() => held.store?.close());
  return {
    get store() {
      return held.store!;
    },
    get app() {
      return held.app!;
    },
  };
}
