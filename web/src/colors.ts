// Colours by the top of the type taxonomy ("strike" for "strike.drone"): few enough to tell apart on a map.
const PALETTE: Record<string, string> = {
  attack: '#d1495b',
  strike: '#ed8d2d',
  battle: '#8f3fb0',
  clash: '#8f3fb0',
  retreat: '#2e86c1',
  advance: '#17a589',
  capture: '#17a589',
  protest: '#c9a227',
  arrest: '#6c7a89',
  other: '#7f8c8d',
};

export const family = (type: string) => type.split('.')[0] ?? type;

export function colorOf(type: string): string {
  const f = family(type);
  if (PALETTE[f]) return PALETTE[f];
  let h = 0;
  for (const ch of f) h = (h * 31 + ch.charCodeAt(0)) >>> 0;
  return `hsl(${h % 360} 55% 45%)`;
}

/** Past this many deaths a marker grows no more: one war-wide toll must not cover the whole map. */
const RADIUS_CAP_FATALITIES = 150;

/** Marker radius in pixels: area grows with fatalities, so 100 dead is not 100 times wider than one. */
export function radiusOf(fatalities: number | null | undefined): number {
  const n = typeof fatalities === 'number' && fatalities > 0 ? Math.min(fatalities, RADIUS_CAP_FATALITIES) : 0;
  return 5 + 3 * Math.sqrt(n);
}
