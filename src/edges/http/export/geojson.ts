// GeoJSON FeatureCollection (RFC 7946): one Point per event with a location, [lon, lat]; events without
// coordinates are left out, since a null geometry breaks most map tools.
import { eventView } from '../views.js';
import type { ExportEvent } from './enrich.js';
import { obj, type JsonObject } from '../../../contract/read.js';

export function feature({ stored, evidence }: ExportEvent): JsonObject | null {
  const loc = obj(stored.event.location);
  if (typeof loc?.lat !== 'number' || typeof loc?.lon !== 'number') return null;
  // The spans' offsets mean nothing without the text; the sentences replace them.
  const props: Record<string, unknown> = { ...eventView(stored) };
  delete props.evidence;
  return {
    type: 'Feature',
    id: stored.id,
    geometry: { type: 'Point', coordinates: [loc.lon, loc.lat] },
    properties: { ...props, evidence: evidence.map((v) => v.text) },
  };
}

export async function* geojson(events: AsyncIterable<ExportEvent>): AsyncGenerator<string> {
  yield '{"type":"FeatureCollection","features":[\n';
  let first = true;
  for await (const e of events) {
    const f = feature(e);
    if (!f) continue;
    yield (first ? '' : ',\n') + JSON.stringify(f);
    first = false;
  }
  yield '\n]}\n';
}
