// Checks against the shared gold data (read at test time, never copied): the seed place facts, the
// eval's admin1 normaliser, and floors on ACLED dev so that a regression shows.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { expect, it } from 'vitest';
import { describeShared, SHARED } from '../helpers/shared.js';
import { eventLikeMention, haversineKm, placesIn } from './helpers.js';
import { ADMIN_AREAS } from '../../src/annotate/places/admin-areas.js';
import { formatUaTable, uaRowsFromDump } from '../../src/annotate/places/ua-table.js';
import { uaTablePath } from '../../src/annotate/places/data-paths.js';

interface Admin1Lib {
  admin1Key(name: string): string;
  isKnownAdmin1(name: string): boolean;
}
interface CsvLib {
  readCsvFile(path: string): { records: Array<{ values: Record<string, string> }> };
}

const load = async <T>(rel: string): Promise<T> => (await import(pathToFileURL(join(SHARED, rel)).href)) as T;
const fold = (s: string) => s.toLowerCase().replace(/[\u2018\u2019\u02bc`´]/g, "'").replace(/\s+/g, ' ').trim();

describeShared('places on shared data', () => {
  it('finds every seed place fact', () => {
    const gold = JSON.parse(readFileSync(join(SHARED, 'seeds', 'gold.json'), 'utf8')) as {
      documents: Array<{ file: string; places: Array<{ mention: string; geonameId?: number; admin1?: string }> }>;
    };
    let facts = 0;
    for (const doc of gold.documents) {
      const mentions = placesIn(readFileSync(join(SHARED, 'seeds', doc.file), 'utf8'));
      for (const fact of doc.places) {
        facts++;
        const ok = mentions.some((m) => fold(m.text) === fold(fact.mention)
          && (fact.geonameId !== undefined ? m.place.geonameId === fact.geonameId : (m.place.admin1 ?? '').includes(fact.admin1!)));
        expect(ok, `${doc.file}: ${fact.mention}`).toBe(true);
      }
    }
    expect(facts).toBeGreaterThan(0);
  });

  it('writes admin1 names the eval normaliser knows', async () => {
    const lib = await load<Admin1Lib>('eval/lib/admin1.mjs');
    for (const a of ADMIN_AREAS.filter((x) => x.country === 'UA' || ['Belgorod', 'Kursk', 'Bryansk', 'Gomel'].includes(x.name))) {
      expect(lib.isKnownAdmin1(a.name), a.name).toBe(true);
    }
  });

  it('locates ACLED dev notes: admin1 >= 0.97, and no worse than measured on distance', async () => {
    const { admin1Key } = await load<Admin1Lib>('eval/lib/admin1.mjs');
    const { readCsvFile } = await load<CsvLib>('eval/lib/csv.mjs');
    const rows = readCsvFile(join(SHARED, 'corpora', 'acled', 'acled-ukraine.csv')).records.map((r) => r.values);
    let admin1 = 0, admin1Rows = 0, within25 = 0;
    for (const row of rows) {
      const best = eventLikeMention(placesIn(row.notes ?? ''));
      if (admin1Key(row.admin1 ?? '')) {
        admin1Rows++;
        if (best && admin1Key(best.place.admin1 ?? '') === admin1Key(row.admin1!)) admin1++;
      }
      if (best && haversineKm(Number(row.latitude), Number(row.longitude), best.place.lat, best.place.lon) <= 25) within25++;
    }
    expect(admin1 / admin1Rows).toBeGreaterThanOrEqual(0.97);
    // With every village of the GeoNames dump (0.38 with cities500 alone).
    expect(within25 / rows.length).toBeGreaterThanOrEqual(0.75);
  });

  it('the committed table of Ukraine is what the script derives from the GeoNames dump', () => {
    const rows = uaRowsFromDump(join(SHARED, 'gazetteer', 'geonames-UA.zip'));
    expect(formatUaTable(rows).equals(readFileSync(uaTablePath()))).toBe(true);
  });
});
