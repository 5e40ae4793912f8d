// Hand-made documents and contract events for store tests, independent of what the pipeline extracts today.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { contentHash } from '../../src/ingest/hash.js';
import type { SourceDocument, SourceItem } from '../../src/ingest/source.js';
import type { ContractLine } from '../../src/contract/line.js';

export function tempDir(): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-ledger-test-'));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

export function textDocument(text: string, name = 'report.txt'): SourceDocument {
  const raw = new TextEncoder().encode(text);
  return { hash: contentHash(raw), kind: 'text', container: 'file', name, sourcePath: name, sourceLine: null, url: null, givenPublished: null, raw };
}

export interface EventSpec {
  type: string;
  date?: { value: string; precision: string; start?: string; end?: string } | null;
  place?: { name: string; admin1: string | null; country: string; lat: number; lon: number } | null;
  verification?: string;
  killed?: number | null;
  evidence?: Array<{ start: number; end: number }>;
}

export function contractEvent(e: EventSpec): Record<string, unknown> {
  return {
    type: e.type,
    acled: e.type.startsWith('attack') ? { event_type: 'Explosions/Remote violence', sub_event_type: 'Shelling/artillery/missile attack' } : null,
    plover: null,
    date: e.date === undefined ? null : e.date,
    location: e.place ? { ...e.place, geonameId: null, precision: 1, kind: 'settlement' } : null,
    actors: [{ name: 'Russian forces', role: 'actor1', side: 'RU' }],
    fatalities: e.killed === undefined || e.killed === null ? null : { best: e.killed, low: e.killed, high: null },
    modality: 'asserted',
    source: { name: 'regional administration' },
    verification: e.verification ?? 'unconfirmed',
    trigger: { start: 0, end: 4, text: 'hit' },
    evidence: e.evidence ?? [{ start: 0, end: 4 }],
    confidence: 0.8,
  };
}

export function contractLineFor(id: string, title: string, events: Array<Record<string, unknown>>): ContractLine {
  return {
    id,
    document: { title, byline: null, published: '2023-03-21', publishedSource: 'page', body: 'body text', items: [], captions: [], related: [], removed: [] },
    timexes: [],
    entities: [],
    places: [],
    events,
    repairs: [],
  };
}

export const KHERSON = { name: 'Kherson', admin1: 'Kherson', country: 'UA', lat: 46.6354, lon: 32.6169 };
export const KHARKIV = { name: 'Kharkiv', admin1: 'Kharkiv', country: 'UA', lat: 49.9808, lon: 36.2527 };
export const ODESA = { name: 'Odesa', admin1: 'Odesa', country: 'UA', lat: 46.4775, lon: 30.7326 };

/** Documents as the reader yields them, for ingestInto. */
export async function* itemsOf(docs: readonly SourceDocument[]): AsyncGenerator<SourceItem> {
  for (const document of docs) yield { document };
}
