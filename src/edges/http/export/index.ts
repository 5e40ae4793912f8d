// The export formats, shared by `sitrep export` and GET /api/export: one record per happening, each
// with the happening's verification and sources (the same as `sitrep events --json` shows).
import type { LedgerStore } from '../../../ledger/store.js';
import { nativeFilter } from '../events-query.js';
import type { Filters } from '../query.js';
import { acledCsv } from './acled-csv.js';
import { enrich, type ExportHappening } from './enrich.js';
import { geojson } from './geojson.js';
import { jsonl } from './jsonl.js';

type Writer = (happenings: AsyncIterable<ExportHappening>, onLeftOut?: (reason: string) => void) => AsyncGenerator<string>;

export const EXPORT_FORMATS: Record<'acled-csv' | 'geojson' | 'jsonl', { write: Writer; contentType: string; extension: string }> = {
  'acled-csv': { write: acledCsv, contentType: 'text/csv; charset=utf-8', extension: 'csv' },
  geojson: { write: geojson, contentType: 'application/geo+json', extension: 'geojson' },
  jsonl: { write: jsonl, contentType: 'application/x-ndjson', extension: 'jsonl' },
};

export type ExportFormat = keyof typeof EXPORT_FORMATS;

/** The export's chunks; `onLeftOut` hears each happening the format leaves out, with why. */
export async function exportChunks(store: LedgerStore, format: ExportFormat, filters: Filters = {}, onLeftOut?: (reason: string) => void): Promise<AsyncGenerator<string>> {
  const happenings = await store.happenings(nativeFilter(filters));
  return EXPORT_FORMATS[format].write(enrich(store, happenings), onLeftOut);
}
