// Writes data/gazetteer.json from GeoNames cities500 (CC-BY 4.0, https://www.geonames.org/).
// Run at build time: `node dist/scripts/build-gazetteer.js [out-path]`.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { buildGazetteer } from '../src/annotate/places/gazetteer-build.js';
import { gazetteerDataPath } from '../src/annotate/places/gazetteer.js';

const out = process.argv[2] ?? gazetteerDataPath();
const t0 = performance.now();
const file = buildGazetteer();
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, JSON.stringify(file));
console.error(`gazetteer: ${file.rows.length} places -> ${out} (${Math.round(performance.now() - t0)} ms)`);
