// One contract event (as the output line holds it) broken out into the ledger's event columns.
import type { NewEventRow } from './schema.js';
import { eventDays } from './day-range.js';
import { obj, str, num, int, type JsonObject } from '../contract/read.js';

/** A candidate (below the decision's threshold) is stored with its flag in its row and in its JSON. */
export function eventRow(documentId: number, ordinal: number, event: JsonObject, candidate = false): NewEventRow {
  const acled = obj(event.acled);
  const date = obj(event.date);
  const location = obj(event.location);
  const source = obj(event.source);
  const fatalities = obj(event.fatalities);
  const days = eventDays(date);
  return {
    document_id: documentId,
    ordinal,
    candidate: candidate ? 1 : 0,
    type: str(event.type) ?? 'unknown',
    acled_event_type: str(acled?.event_type),
    acled_sub_event_type: str(acled?.sub_event_type),
    plover: str(event.plover),
    date_value: str(date?.value),
    date_precision: str(date?.precision),
    date_start: str(date?.start),
    date_end: str(date?.end),
    day_start: days?.start ?? null,
    day_end: days?.end ?? null,
    day_span: days ? Math.round((Date.parse(days.end) - Date.parse(days.start)) / 86_400_000) : null,
    place_name: str(location?.name),
    lat: num(location?.lat),
    lon: num(location?.lon),
    admin1: str(location?.admin1),
    country: str(location?.country),
    geoname_id: int(location?.geonameId),
    geo_precision: int(location?.precision),
    modality: str(event.modality) ?? 'asserted',
    verification: str(event.verification) ?? 'unknown',
    source_name: str(source?.name),
    confidence: num(event.confidence) ?? 0,
    fatalities_best: int(fatalities?.best),
    json: JSON.stringify(candidate ? { ...event, candidate: true } : event),
  };
}
