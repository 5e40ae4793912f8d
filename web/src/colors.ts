// Colours by the taxonomy's family (src/events/taxonomy.ts: violence, territory, disruption, civil,
// political, disaster, presence): seven colours a reader tells apart on a map; the type itself is in each
// marker's tooltip and the event panel.
import { EVENT_TYPES } from '../../src/events/taxonomy.js';

const FAMILY_COLORS: Record<string, string> = {
  violence: '#c0392b',
  territory: '#7d3c98',
  disruption: '#e67e22',
  civil: '#2471a3',
  political: '#148f77',
  disaster: '#7b5e3b',
  presence: '#b7950b',
};
const OTHER = '#7f8c8d';

/** The family of a type: the taxonomy's, or for a type it does not list (an older ledger) the part before the dot. */
export function family(type: string): string {
  return (EVENT_TYPES as Record<string, { family: string } | undefined>)[type]?.family ?? type.split('.')[0] ?? type;
}

/** The first level of the type menu: the part before the dot ("strike" for "strike.drone"). */
export const typePrefix = (type: string) => type.split('.')[0] ?? type;

export function colorOf(typeOrFamily: string): string {
  return FAMILY_COLORS[typeOrFamily] ?? FAMILY_COLORS[family(typeOrFamily)] ?? OTHER;
}

/** Past this many deaths a marker grows no more: one war-wide toll must not cover the whole map. */
const RADIUS_CAP_FATALITIES = 150;

/** Marker radius in pixels: area grows with fatalities, so 100 dead is not 100 times wider than one. */
export function radiusOf(fatalities: number | null | undefined): number {
  const n = typeof fatalities === 'number' && fatalities > 0 ? Math.min(fatalities, RADIUS_CAP_FATALITIES) : 0;
  return 5 + 3 * Math.sqrt(n);
}

/** A cluster's radius grows with the square root of its number of events (area ∝ count), from 12 px. */
export function clusterRadiusOf(count: number): number {
  return Math.round(Math.min(30, 10 + 2 * Math.sqrt(count)));
}
