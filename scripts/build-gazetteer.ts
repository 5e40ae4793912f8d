// Writes data/gazetteer.json (and its typed arrays, data/gazetteer.bin) from GeoNames (CC BY 4.0, https://www.geonames.org/): Ukraine from the committed
// data/geonames-ua.tsv.gz, the rest of the world from cities500. Run at build time:
//   node dist/scripts/build-gazetteer.js [out-path]
// With --ua [zip] it first derives data/geonames-ua.tsv.gz from GeoNames' dump for Ukraine (default
// ../shared/gazetteer/geonames-UA.zip); only a maintainer refreshing the data needs that file.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { buildGazetteer } from '../src/annotate/places/gazetteer-build.js';
import { splitBlobs } from '../src/annotate/places/gazetteer-file.js';
import { gazetteerDataPath, uaTablePath } from '../src/annotate/places/data-paths.js';
import { formatUaTable, uaRowsFromDump } from '../src/annotate/places/ua-table.js';

const { values, positionals } = parseArgs({ options: { ua: { type: 'boolean' } }, allowPositionals: true });
const t0 = performance.now();
if (values.ua) {
  const zip = positionals.shift() ?? join(dirname(uaTablePath()), '..', '..', 'shared', 'gazetteer', 'geonames-UA.zip');
  const rows = uaRowsFromDump(zip);
  writeFileSync(uaTablePath(), formatUaTable(rows));
  console.error(`gazetteer: ${rows.length} Ukrainian places and raions from ${zip} -> ${uaTablePath()}`);
}
const out = positionals[0] ?? gazetteerDataPath();
const file = buildGazetteer();
mkdirSync(dirname(out), { recursive: true });
// The typed arrays go to a binary file beside the JSON, read at load without decoding.
const { json, binary } = splitBlobs(file);
writeFileSync(out.replace(/\.json$/, '') + '.bin', binary);
writeFileSync(out, JSON.stringify(json));
console.error(`gazetteer: ${file.count} places -> ${out} (${Math.round(performance.now() - t0)} ms)`);
