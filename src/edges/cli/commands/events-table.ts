// The events as a table for people (`sitrep events`, `sitrep demo`), and as JSON Lines for programs.
import { shownVerification } from '../../../ledger/linking/corroborate.js';
import { happeningView } from '../../http/views.js';
import type { ContractEvent } from '../../../contract/schema.js';
import type { StoredEvent, StoredHappening } from '../../../ledger/store.js';

interface Column {
  title: string;
  max: number;
  cell: (e: StoredEvent) => string;
}

const placeOf = (loc: ContractEvent['location'] | undefined) =>
  loc ? [loc.name, loc.admin1 && loc.admin1 !== loc.name ? loc.admin1 : null].filter(Boolean).join(', ') : '';

const COLUMNS: readonly Column[] = [
  { title: 'ID', max: 8, cell: (e) => String(e.id) },
  { title: 'DATE', max: 23, cell: (e) => e.event.date?.value ?? '' },
  { title: 'TYPE', max: 28, cell: (e) => String(e.event.type ?? '') },
  { title: 'PLACE', max: 28, cell: (e) => placeOf(e.event.location) },
  { title: 'MODALITY', max: 12, cell: (e) => String(e.event.modality ?? '') },
  { title: 'VERIFICATION', max: 12, cell: (e) => String(e.event.verification ?? '') },
  { title: 'KILLED', max: 6, cell: (e) => (e.event.fatalities?.best ?? '').toString() },
  { title: 'SOURCE', max: 28, cell: (e) => e.event.source?.name ?? '' },
  { title: 'DOCUMENT', max: 40, cell: (e) => e.document.title ?? e.document.name },
];

const fit = (s: string, w: number) => (s.length > w ? `${s.slice(0, w - 1)}…` : s.padEnd(w));

/** Marks a candidate (below the decision's threshold) among events: only in tables that list candidates. */
const KIND: Column = { title: 'KIND', max: 9, cell: (e) => (e.event.candidate ? 'CANDIDATE' : 'event') };

export function eventsTable(events: readonly StoredEvent[], opts: { kind?: boolean } = {}): string {
  const columns = opts.kind ? [COLUMNS[0]!, KIND, ...COLUMNS.slice(1)] : COLUMNS;
  const rows = events.map((e) => columns.map((c) => c.cell(e).replace(/\s+/g, ' ')));
  const widths = columns.map((c, i) => Math.min(c.max, Math.max(c.title.length, ...rows.map((r) => r[i]!.length))));
  const line = (cells: string[]) => cells.map((s, i) => fit(s, widths[i]!)).join('  ').trimEnd();
  return [line(columns.map((c) => c.title)), ...rows.map(line)].join('\n') + '\n';
}

/**
 * One event (a report) as `sitrep show --json` prints it: the contract's event shape plus its id and
 * document, with its happening's verification (what its own text said: reportVerification).
 */
export function eventJson(e: StoredEvent): Record<string, unknown> {
  return { id: e.id, ...e.event, verification: shownVerification(e), reportVerification: e.event.verification ?? null, document: e.document };
}

/** One happening as `sitrep events --json` prints it (the JSON Lines export's shape). */
export const happeningJson = happeningView;

/** Happenings as a table: the best report's columns, the happening's verification, and its source count. */
export function happeningsTable(happenings: readonly StoredHappening[]): string {
  // A happening's verification is one of the event's four values, worked out across its reports (linking/corroborate.ts).
  const events = happenings.map((h) => ({ ...h.best, id: h.id, event: { ...h.best.event, verification: h.verification as ContractEvent['verification'] } }));
  const sources = new Map(happenings.map((h) => [h.id, h]));
  const rows = events.map((e) => {
    const h = sources.get(e.id)!;
    return [...COLUMNS.slice(0, -2).map((c) => c.cell(e)), String(h.independentSources), h.sources.map((s) => s.outlet ?? s.title ?? s.name).join('; ')].map((s) =>
      s.replace(/\s+/g, ' '),
    );
  });
  const titles = [...COLUMNS.slice(0, -2).map((c) => c.title), 'SOURCES', 'DOCUMENTS'];
  const maxes = [...COLUMNS.slice(0, -2).map((c) => c.max), 7, 48];
  const widths = titles.map((t, i) => Math.min(maxes[i]!, Math.max(t.length, ...rows.map((r) => r[i]!.length))));
  const line = (cells: string[]) => cells.map((s, i) => fit(s, widths[i]!)).join('  ').trimEnd();
  return [line(titles), ...rows.map(line)].join('\n') + '\n';
}
