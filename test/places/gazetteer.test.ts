import { describe, expect, it } from 'vitest';
import { gazetteer } from '../../src/annotate/places/gazetteer.js';
import { UA_OBLASTS } from '../../src/facts/places/ua-oblasts.js';
import { NEIGHBOUR_REGIONS } from '../../src/facts/places/neighbour-regions.js';
import { RENAMES } from '../../src/facts/places/renames.js';

const ids = (name: string) => gazetteer().lookup(name).exact.map((p) => p.geonameId);

describe('gazetteer', () => {
  it('loads Ukraine whole (every village) and the rest of the world small', () => {
    const g = gazetteer();
    expect(g.size).toBeGreaterThan(33681);
    expect(g.size).toBeLessThan(45000);
    expect(g.lookup('Hryhorivka').exact.filter((p) => p.country === 'UA').length).toBeGreaterThan(30);
    expect(g.place(703448)?.name).toBe('Kyiv');
  });

  it('finds places under their other spellings and scripts', () => {
    expect(ids('Kiev')).toContain(703448);
    expect(ids('Kijów')).toContain(703448);
    expect(ids('Київ')).toContain(703448);
    expect(ids('Нова Каховка')).toContain(699839);
    expect(ids("Mariupol'")).toContain(701822);
  });

  it('knows every renamed town by its old name', () => {
    for (const r of RENAMES) expect(ids(r.old), r.old).toContain(r.geonameId);
  });

  it('files each oblast seat under its own oblast (GeoNames admin1 codes in the facts agree)', () => {
    for (const a of [...UA_OBLASTS, ...NEIGHBOUR_REGIONS]) {
      const seat = gazetteer().place(a.seat.geonameId);
      expect(seat, `${a.name} seat ${a.seat.geonameId}`).not.toBeNull();
      if (a.country === 'UA' && a.code === '13') continue; // Kyiv Oblast is governed from Kyiv City
      if (a.name === 'Moscow') continue; // likewise Moscow Oblast from Moscow City
      expect(seat!.admin1, a.name).toBe(a.name);
      expect(Math.abs(seat!.lat - a.seat.lat)).toBeLessThan(0.05);
    }
  });

  it('names a section of a big city with its city ("Kyiv, Shevchenkivskyi")', () => {
    expect(gazetteer().lookup('Shevchenkivskyi').exact.map((p) => p.name)).toContain('Kyiv, Shevchenkivskyi');
  });

  it('knows the raions by their names and their adjectives', () => {
    expect(gazetteer().raionsNamed('Pokrovsk')[0]).toMatchObject({ admin1: 'Donetsk' });
    expect(gazetteer().raionsNamed('Pokrovskyi')[0]?.admin2).toBe(gazetteer().raionsNamed('Pokrovsk')[0]?.admin2);
  });

  it('tolerates a dropped letter only in towns', () => {
    expect(gazetteer().lookupTypo('Nova Kakhova').map((p) => p.geonameId)).toContain(699839);
    expect(gazetteer().lookupTypo('Shyrokyne').map((p) => p.geonameId)).not.toContain(704403); // a swapped letter
  });
});
