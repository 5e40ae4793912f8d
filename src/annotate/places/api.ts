// The places API for other stages: resolve a name, find an area, normalise an admin1 name.
import type { Place } from '../types.js';
import { adminAreaByName, adminPlace } from './admin-areas.js';
import { resolveName, toPlace } from './resolve.js';

export interface ResolvedPlace {
  place: Place;
  confidence: number;
}

/**
 * The place a bare name denotes, optionally inside a country and/or admin1 area ("Mykolaivka" in
 * "Donetsk"). Area names resolve to the area itself. Null when nothing plausible matches.
 */
export function resolvePlaceName(name: string, opts: { country?: string; admin1?: string } = {}): ResolvedPlace | null {
  const qualifier = opts.admin1 ? adminAreaByName(opts.admin1, opts.country) : null;
  const found = resolveName(name, {
    focusCountry: opts.country ?? qualifier?.country ?? 'UA',
    qualifier,
    sentenceAreas: new Set(),
    documentAreas: new Map(),
  });
  if (found && (!opts.country || found.place.country === opts.country)) {
    return { place: toPlace(found.place), confidence: found.confidence };
  }
  const area = adminAreaByName(name, opts.country);
  return area ? { place: adminPlace(area), confidence: 0.8 } : null;
}

/** The English admin1 name sitrep uses for any spelling of an area ("Zaporiz'ka oblast" -> "Zaporizhia"). */
export function normaliseAdmin1(name: string, country?: string): string | null {
  return adminAreaByName(name, country)?.name ?? null;
}

/** Rough centre of an admin1 area, for places known only to lie in it. */
export function admin1Centroid(name: string, country?: string): { lat: number; lon: number } | null {
  const a = adminAreaByName(name, country);
  return a ? { ...a.centroid } : null;
}

/** The area as a Place (coded to its seat, precision 3), for events located only to an oblast. */
export function admin1Place(name: string, country?: string): Place | null {
  const a = adminAreaByName(name, country);
  return a ? adminPlace(a) : null;
}

export { toPlace };
