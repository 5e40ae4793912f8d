// The export formats, shared by `sitrep export` and GET /api/export.
import type { LedgerStore } from '../../../ledger/store.js';
import { nativeFilter } from '../events-query.js';
import type { Filters } from '../query.js';
import { acledCsv } from './acled-csv.js';
import { enrich } from './enrich.js';
import { geojson } from './geojson.js';
import { jsonl } from './jsonl.js';

export const EXPORT_FORMATS = {
  'acled-csv': { write: acledCsv, contentType: 'text/csv; charset=utf-8', extension: 'csv' },
  geojson: { write: geojson, contentType: 'application/geo+json', extension: 'geojson' },
  jsonl: { write: jsonl, contentType: 'application/x-ndjson', extension: 'jsonl' },
} as const;

export type ExportFormat = keyof typeof EXPORT_FORMATS;

export async function exportChunks(store: LedgerStore, format: ExportFormat, filters: Filters = {}): Promise<AsyncGenerator<string>> {
  const events = await store.events(nativeFilter(filters));
  return EXPORT_FORMATS[format].write(enrich(store, events));
}
