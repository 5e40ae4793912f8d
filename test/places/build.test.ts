import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildGazetteer, citiesPath } from '../../src/annotate/places/gazetteer-build.js';
import { foldName } from '../../src/annotate/places/translit.js';

describe('gazetteer build', () => {
  it('keeps every Ukrainian place of GeoNames and indexes their names', () => {
    const file = buildGazetteer();
    const uaInSource = readFileSync(citiesPath(), 'utf8').split('\n').filter((l) => l.split('\t')[8] === 'UA').length;
    expect(file.rows.filter((r) => r[4] === 'UA').length).toBe(uaInSource);
    expect(file.rows.length).toBeLessThan(20000);
    const at = file.fold.keys.indexOf(foldName('Kiev'));
    expect(at).toBeGreaterThanOrEqual(0);
    expect(file.fold.rows[at]!.map((i) => file.rows[i]![0])).toContain(703448);
    expect([...file.fold.keys].sort()).toEqual(file.fold.keys);
  });
});
