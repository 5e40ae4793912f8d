import { describe, expect, it } from 'vitest';
import { admin1Centroid, admin1Place, normaliseAdmin1, resolvePlaceName } from '../../src/annotate/places/index.js';

describe('places API', () => {
  it('resolves a bare name, and a namesake inside a given area', () => {
    expect(resolvePlaceName('Kiev')?.place.geonameId).toBe(703448);
    expect(resolvePlaceName('Mykolaiv')?.place.geonameId).toBe(700569);
    expect(resolvePlaceName('Mykolaiv', { admin1: 'Lviv' })?.place.geonameId).toBe(700568);
    expect(resolvePlaceName('Belgorod', { country: 'RU' })?.place.admin1).toBe('Belgorod');
    expect(resolvePlaceName('Qqqzzz')).toBeNull();
  });

  it('resolves an area name to the area when no settlement has it', () => {
    const r = resolvePlaceName('Zakarpattia');
    expect(r?.place.kind).toBe('admin1');
    expect(r?.place.admin1).toBe('Zakarpattia');
  });

  it('normalises admin1 spellings to sitrep names', () => {
    expect(normaliseAdmin1("Zaporiz'ka oblast")).toBe('Zaporizhia');
    expect(normaliseAdmin1('Zaporozhye Oblast')).toBe('Zaporizhia');
    expect(normaliseAdmin1('Kirovograd')).toBe('Kirovohrad');
    expect(normaliseAdmin1('Kyiv City')).toBe('Kyiv City');
    expect(normaliseAdmin1('Kiev Oblast')).toBe('Kyiv');
    expect(normaliseAdmin1('Nowhere Land')).toBeNull();
  });

  it('gives area centres and seats', () => {
    const c = admin1Centroid('Kherson')!;
    expect(c.lat).toBeGreaterThan(46);
    expect(c.lat).toBeLessThan(47.5);
    const seat = admin1Place('Donetsk Oblast')!;
    expect(seat.precision).toBe(3);
    expect(seat.admin1).toBe('Donetsk');
    expect(admin1Centroid('Atlantis')).toBeNull();
  });
});
