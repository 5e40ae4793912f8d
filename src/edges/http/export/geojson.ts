// GeoJSON FeatureCollection (RFC 7946): one Point per happening with a place, [lon, lat], its properties
// flat (strings and numbers only), so QGIS and kepler.gl read each as a column. Happenings without a place
// are left out (a null geometry breaks most map tools) and counted by the caller.
import { obj, type JsonObject } from '../../../contract/read.js';
import { eventDays } from '../../../ledger/day-range.js';
import type { ExportHappening } from './enrich.js';

const scalar = (v: unknown): string | number | null => (typeof v === 'string' || (typeof v === 'number' && Number.isFinite(v)) ? v : null);

export function feature({ happening: h, evidence }: ExportHappening): JsonObject | null {
  const e = h.best.event;
  const loc = obj(e.location);
  if (typeof loc?.lat !== 'number' || typeof loc?.lon !== 'number') return null;
  const date = obj(e.date);
  const days = eventDays(date);
  const acled = obj(e.acled);
  const fatalities = obj(e.fatalities);
  const actors = Array.isArray(e.actors) ? e.actors.map(obj).filter((a): a is JsonObject => a !== null) : [];
  const names = (role: string) => actors.filter((a) => a.role === role).map((a) => String(a.name)).join('; ') || null;
  const first = h.sources[0];
  const properties: Record<string, string | number | null> = {
    id: h.id,
    type: scalar(e.type),
    acled_event_type: scalar(acled?.event_type),
    acled_sub_event_type: scalar(acled?.sub_event_type),
    date: scalar(date?.value),
    date_precision: scalar(date?.precision),
    date_start: days?.start ?? null,
    date_end: days?.end ?? null,
    place: scalar(loc.name),
    admin1: scalar(loc.admin1),
    country: scalar(loc.country),
    geonames_id: scalar(loc.geonameId),
    location_precision: scalar(loc.precision),
    location_kind: scalar(loc.kind),
    actor1: names('actor1'),
    actor2: names('actor2') ?? names('target'),
    fatalities: scalar(fatalities?.best),
    modality: scalar(e.modality),
    verification: h.verification,
    independent_sources: h.independentSources,
    reports: h.reportCount,
    confidence: scalar(e.confidence),
    claimed_by: scalar(obj(e.source)?.name),
    headline: first?.title ?? null,
    outlet: first?.outlet ?? null,
    published: first?.published ?? null,
    url: first?.url ?? null,
    sources: [...new Set(h.sources.map((s) => s.outlet ?? s.title ?? s.name))].join('; '),
    evidence: evidence.map((v) => v.text ?? '').filter(Boolean).join(' ').replace(/\s+/g, ' ').trim() || null,
  };
  return { type: 'Feature', id: h.id, geometry: { type: 'Point', coordinates: [loc.lon, loc.lat] }, properties };
}

export async function* geojson(happenings: AsyncIterable<ExportHappening>, onLeftOut?: (reason: string) => void): AsyncGenerator<string> {
  yield '{"type":"FeatureCollection","features":[\n';
  let first = true;
  for await (const h of happenings) {
    const f = feature(h);
    if (!f) {
      onLeftOut?.('no place');
      continue;
    }
    yield (first ? '' : ',\n') + JSON.stringify(f);
    first = false;
  }
  yield '\n]}\n';
}
