// The CIR rows "whose text names a place" are chosen from the gold table alone: the row's own town written in its
// caption, in any transliteration. Sentences and rows written here.
import { describe, expect, it } from 'vitest';
import { cirRowsNamingTheirPlace, textNamesTown } from '../../scripts/cir-named-rows.js';

describe('CIR rows that name their own town', () => {
  it('finds the town in another transliteration, and not a town the caption does not name', () => {
    expect(textNamesTown('Aftermath of shelling in Kharkov city centre', 'Kharkiv')).toBe(true);
    expect(textNamesTown('Rocket strike on a school in Nova Kakhovka', 'Nova Kakhovka (Kherson)')).toBe(true);
    expect(textNamesTown('Footage of shelling at night', 'Kharkiv')).toBe(false);
    expect(textNamesTown('Damage to a bridge near Kramatorsk', 'Sloviansk')).toBe(false);
  });

  it('keeps the ids the scorer gives the whole table, repeats included', () => {
    const table = [
      'entry,date,title,brief description,lat,lon,province,town/city',
      'A1,2022-03-01,Shelling in Kharkov,"Houses hit, roofs burnt",50,36,Kharkiv Oblast,Kharkiv',
      'A1,2022-03-02,Footage of shelling,,50,36,Kharkiv Oblast,Kharkiv',
      'A1,2022-03-03,Strike in Kharkiv,,50,36,Kharkiv Oblast,Kharkiv',
    ].join('\n');
    const { csv, rows } = cirRowsNamingTheirPlace(table);
    expect(rows).toBe(2);
    expect(csv.split('\n').slice(1, 3).map((l) => l.split(',')[0])).toEqual(['A1', 'A1#3']);
    expect(csv).toContain('"Houses hit, roofs burnt"');
  });
});
