import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildGazetteer, citiesPath } from '../../src/annotate/places/gazetteer-build.js';
import { GazetteerColumns } from '../../src/annotate/places/gazetteer-file.js';
import { readUaTable } from '../../src/annotate/places/ua-table.js';
import { uaTablePath } from '../../src/annotate/places/data-paths.js';
import { foldName } from '../../src/annotate/places/translit.js';

describe('gazetteer build', () => {
  const columns = new GazetteerColumns(buildGazetteer(), 'the test build');
  const ua = readUaTable(uaTablePath());

  it('takes Ukraine whole from the committed table of the GeoNames dump, and every Ukrainian town of cities500', () => {
    const places = ua.filter((r) => r.code !== 'ADM2');
    expect(places.length).toBe(33681);
    const uaRows = new Set<number>();
    for (let i = 0; i < columns.count; i++) if (columns.country.at(i) === 'UA') uaRows.add(columns.ids[i]!);
    for (const r of places) expect(uaRows.has(r.id)).toBe(true);
    const citiesUa = readFileSync(citiesPath(), 'utf8').split('\n').map((l) => l.split('\t')).filter((f) => f[8] === 'UA');
    for (const f of citiesUa) expect(uaRows.has(Number(f[0])), f[1]).toBe(true);
    expect(ua.filter((r) => r.code === 'ADM2').length).toBeGreaterThan(130);
  });

  it('indexes old and foreign names in sorted keys', () => {
    const kiev = columns.fold.find(foldName('Kiev'));
    expect(Array.from(kiev, (i) => columns.ids[i])).toContain(703448);
    const artemivsk = columns.fold.find(foldName('Artemivsk')); // Bakhmut before 2016
    expect(Array.from(artemivsk, (i) => columns.ids[i])).toContain(713174);
    const keys = Array.from({ length: columns.fold.keys.length }, (_, i) => columns.fold.keys.at(i));
    expect([...keys].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))).toEqual(keys);
  });

  it('keeps no alternate name that is an English word', () => {
    // Uman's Polish name Humań folds to "human"; the word must not find the town.
    const human = Array.from(columns.fold.find('human'), (i) => columns.names.at(i));
    expect(human).not.toContain('Uman');
  });
});
