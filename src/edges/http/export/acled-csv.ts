// ACLED's export format, column for column, so tools built for ACLED data read sitrep's ledger unchanged.
// One row per happening (its best report speaks for it, its sources are all its documents). Only what ACLED
// codes is written: events of an ACLED type, that took place (asserted, claimed or historical; not
// planned, hypothetical, negated or denied), dated to a day, week or month, in a known country.
import { obj, type JsonObject } from '../../../contract/read.js';
import countries from 'i18n-iso-countries';
import { COUNTRIES } from '../../../facts/actors/index.js';
import { eventDays } from '../../../ledger/day-range.js';
import { HAPPENED_MODALITIES } from '../../../ledger/queries/event-filter.js';
import { acledActor, type AcledActor } from './acled-actors.js';
import type { ExportHappening } from './enrich.js';

/** ACLED's export columns in ACLED's order (the format's definition, as ACLED's data export writes it). */
export const ACLED_COLUMNS = [
  'id', 'iso', 'event_id_cnty', 'event_date', 'year', 'time_precision', 'event_type', 'sub_event_type', 'actor1',
  'assoc_actor_1', 'inter1', 'actor2', 'assoc_actor_2', 'inter2', 'interaction', 'region', 'country', 'admin1', 'admin2',
  'admin3', 'location', 'latitude', 'longitude', 'source_scale', 'notes', 'fatalities', 'timestamp', 'geo_precision',
  'source', 'civilian_targeting', 'disorder_type', 'tags', 'actor_dyad',
] as const;

type Column = (typeof ACLED_COLUMNS)[number];
const str = (v: unknown): string => (typeof v === 'string' ? v : '');
const numStr = (v: unknown): string => (typeof v === 'number' && Number.isFinite(v) ? String(v) : '');

/** ACLED's time_precision: 1 the day is known, 2 the week (or a few days), 3 the month. */
const TIME_PRECISION: Record<string, number> = { day: 1, week: 2, month: 3 };
/** ACLED codes only events that took place. */
const HAPPENED: ReadonlySet<string> = new Set(HAPPENED_MODALITIES);
/** ACLED's disorder_type per event type. */
const DISORDER: Record<string, string> = {
  Battles: 'Political violence',
  'Explosions/Remote violence': 'Political violence',
  'Violence against civilians': 'Political violence',
  Riots: 'Political violence; Demonstrations',
  Protests: 'Demonstrations',
  'Strategic developments': 'Strategic developments',
};

/** Why a happening has no ACLED row (counted on stderr by `sitrep export`), or null when it has one. */
export function acledExclusion({ happening }: ExportHappening): string | null {
  const e = happening.best.event;
  if (!obj(e.acled)?.event_type) return 'a type ACLED does not code';
  if (!HAPPENED.has(str(e.modality))) return 'planned, hypothetical, negated or denied';
  const date = obj(e.date);
  if (!date || !(str(date.precision) in TIME_PRECISION) || !/^\d{4}-\d{2}-\d{2}/.test(firstDay(date))) return 'undated or dated coarser than a month';
  if (!alpha3(str(obj(e.location)?.country))) return 'no country';
  return null;
}

/** The first day the date covers (a week's Monday, a month's first), as the ledger indexes it. */
const firstDay = (date: JsonObject): string => eventDays(date)?.start ?? '';

const alpha3 = (alpha2: string): string | undefined => (alpha2 ? countries.alpha2ToAlpha3(alpha2.toUpperCase()) : undefined);

function countryName(alpha2: string): string {
  const own = COUNTRIES.find((c) => c.code === alpha2)?.name;
  if (own) return own;
  const names = countries.getName(alpha2, 'en', { select: 'alias' });
  return typeof names === 'string' ? names : alpha2;
}

/** ACLED's interaction code: the two actors' inter codes, lower first (one actor: its code and 0). */
export function interaction(a: AcledActor | null, b: AcledActor | null): string {
  if (!a && !b) return '';
  const codes = [a?.inter, b?.inter].filter((x): x is number => x !== undefined).sort((x, y) => x - y);
  return codes.length === 1 ? `${codes[0]}0` : `${codes[0]}${codes[1]}`;
}

/**
 * One CSV field. Page text that starts like a spreadsheet formula is prefixed with an apostrophe, so a
 * reader opening the file in a spreadsheet never runs it (OWASP CSV injection); numbers are left alone.
 */
export function csvField(value: string, text = true): string {
  const safe = text && /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

const NUMERIC: ReadonlySet<Column> = new Set(['id', 'iso', 'year', 'time_precision', 'inter1', 'inter2', 'interaction', 'latitude', 'longitude', 'fatalities', 'timestamp', 'geo_precision']);

/** The row's cells by column name, for a happening ACLED codes (see acledExclusion). */
export function acledCells({ happening, evidence }: ExportHappening): Record<Column, string> {
  const e = happening.best.event;
  const acled = obj(e.acled)!;
  const loc = obj(e.location)!;
  const date = obj(e.date)!;
  const country = str(loc.country).toUpperCase();
  const actors = Array.isArray(e.actors) ? e.actors.map(obj).filter((a): a is JsonObject => a !== null) : [];
  const normalised = (role: string) => [...new Map(actors.filter((a) => a.role === role).map(acledActor).filter((a): a is AcledActor => a !== null).map((a) => [a.name, a])).values()];
  const [actor1, ...assoc1] = normalised('actor1');
  const others = normalised('actor2').concat(normalised('target')).filter((a) => a.name !== actor1?.name);
  const [actor2, ...assoc2] = others;
  const day = firstDay(date);
  const best = obj(e.fatalities)?.best;
  const precision = typeof loc.precision === 'number' ? Math.min(3, Math.max(1, Math.round(loc.precision))) : null;
  return {
    id: String(happening.id),
    iso: String(Number(countries.alpha2ToNumeric(country) ?? '')) || '',
    event_id_cnty: `${alpha3(country)}${happening.id}`,
    event_date: day,
    year: day.slice(0, 4),
    time_precision: String(TIME_PRECISION[str(date.precision)]),
    event_type: str(acled.event_type),
    sub_event_type: str(acled.sub_event_type),
    actor1: actor1?.name ?? '',
    assoc_actor_1: assoc1.map((a) => a.name).join('; '),
    inter1: actor1 ? String(actor1.inter) : '',
    actor2: actor2?.name ?? '',
    assoc_actor_2: assoc2.map((a) => a.name).join('; '),
    inter2: actor2 ? String(actor2.inter) : '',
    interaction: interaction(actor1 ?? null, actor2 ?? null),
    region: '',
    country: countryName(country),
    admin1: str(loc.admin1),
    admin2: '',
    admin3: '',
    location: str(loc.name),
    latitude: numStr(loc.lat),
    longitude: numStr(loc.lon),
    source_scale: '',
    notes: evidence.map((v) => v.text ?? '').filter(Boolean).join(' ').replace(/\s+/g, ' ').trim(),
    fatalities: typeof best === 'number' && Number.isFinite(best) ? String(best) : '0',
    timestamp: '',
    geo_precision: precision === null ? '' : String(precision),
    source: [...new Set(happening.sources.map((s) => s.outlet ?? s.title ?? '').filter(Boolean))].join('; '),
    civilian_targeting: actor2?.inter === 7 && acled.event_type !== 'Strategic developments' ? 'Civilian targeting' : '',
    disorder_type: DISORDER[str(acled.event_type)] ?? '',
    tags: '',
    actor_dyad: actor1 || actor2 ? `${actor1?.name ?? ''} - ${actor2?.name ?? ''}` : '',
  };
}

export function acledRow(h: ExportHappening): string {
  const cells = acledCells(h);
  return ACLED_COLUMNS.map((c) => csvField(cells[c], !NUMERIC.has(c))).join(',');
}

export async function* acledCsv(happenings: AsyncIterable<ExportHappening>, onLeftOut?: (reason: string) => void): AsyncGenerator<string> {
  yield ACLED_COLUMNS.join(',') + '\r\n';
  for await (const h of happenings) {
    const why = acledExclusion(h);
    if (why) onLeftOut?.(why);
    else yield acledRow(h) + '\r\n';
  }
}
