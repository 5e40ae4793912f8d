// ACLED-style CSV: ACLED's column names, so tools built for ACLED exports read sitrep's ledger unchanged.
import type { ExportEvent } from './enrich.js';
import { obj, type JsonObject } from '../../../contract/read.js';

export const ACLED_COLUMNS = [
  'event_id_cnty', 'event_date', 'event_type', 'sub_event_type', 'actor1', 'actor2', 'admin1', 'location',
  'latitude', 'longitude', 'geo_precision', 'source', 'notes', 'fatalities',
] as const;

// ACLED prefixes event ids with an ISO 3166 alpha-3 code; the ledger stores alpha-2. The theatres sitrep
// covers are listed; any other country keeps its alpha-2 code rather than a guess.
const ALPHA3: Record<string, string> = {
  UA: 'UKR', RU: 'RUS', BY: 'BLR', MD: 'MDA', PL: 'POL', RO: 'ROU', GE: 'GEO', SY: 'SYR', IL: 'ISR', PS: 'PSE',
  LB: 'LBN', IR: 'IRN', IQ: 'IRQ', YE: 'YEM', SD: 'SDN', SS: 'SSD', ET: 'ETH', ML: 'MLI', AF: 'AFG', MM: 'MMR',
  AM: 'ARM', AZ: 'AZE', TR: 'TUR', SO: 'SOM', LY: 'LBY', CD: 'COD', NG: 'NGA', BF: 'BFA', NE: 'NER', US: 'USA', GB: 'GBR',
};

const str = (v: unknown): string => (typeof v === 'string' ? v : '');
const numStr = (v: unknown): string => (typeof v === 'number' && Number.isFinite(v) ? String(v) : '');

/**
 * One CSV field. Page text that starts like a spreadsheet formula is prefixed with an apostrophe, so a
 * reader opening the file in a spreadsheet never runs it (OWASP CSV injection); numbers are left alone.
 */
export function csvField(value: string, text = true): string {
  const safe = text && /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

function eventDate(date: JsonObject | null): string {
  const start = str(date?.start);
  const value = str(date?.value);
  const day = /^\d{4}-\d{2}-\d{2}/.exec(value)?.[0] ?? /^\d{4}-\d{2}-\d{2}/.exec(start)?.[0];
  return day ?? value;
}

export function acledRow({ stored, evidence }: ExportEvent): string {
  const e = stored.event;
  const acled = obj(e.acled);
  const loc = obj(e.location);
  const actors = Array.isArray(e.actors) ? e.actors.map(obj) : [];
  const actor = (role: string) => str(actors.find((a) => a?.role === role)?.name);
  const country = str(loc?.country).toUpperCase();
  const prefix = ALPHA3[country] ?? (country || 'XXX');
  const best = obj(e.fatalities)?.best;
  const cells: Array<[string, boolean]> = [
    [`${prefix}${stored.id}`, true],
    [eventDate(obj(e.date)), true],
    [str(acled?.event_type), true],
    [str(acled?.sub_event_type), true],
    [actor('actor1'), true],
    [actor('actor2') || actor('target'), true],
    [str(loc?.admin1), true],
    [str(loc?.name), true],
    [numStr(loc?.lat), false],
    [numStr(loc?.lon), false],
    [numStr(loc?.precision), false],
    [str(obj(e.source)?.name) || str(stored.document.url) || stored.document.name, true],
    [evidence.map((v) => v.text ?? '').filter(Boolean).join(' ').replace(/\s+/g, ' ').trim(), true],
    [typeof best === 'number' && Number.isFinite(best) ? String(best) : '0', false],
  ];
  return cells.map(([v, text]) => csvField(v, text)).join(',');
}

export async function* acledCsv(events: AsyncIterable<ExportEvent>): AsyncGenerator<string> {
  yield ACLED_COLUMNS.join(',') + '\r\n';
  for await (const e of events) yield acledRow(e) + '\r\n';
}
