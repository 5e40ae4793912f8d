// sitrep export: the ledger's events as ACLED-style CSV, GeoJSON or JSON Lines, to stdout or a file.
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import type { Writable } from 'node:stream';
import { finished } from 'node:stream/promises';
import { ERROR_CODES, SitrepError } from '../../../errors.js';
import { EXPORT_FORMATS, exportChunks, type ExportFormat } from '../../http/export/index.js';
import { filterSchema } from '../../http/query.js';
import { EXIT } from '../exit-codes.js';
import type { Command } from '../command.js';
import { DB_HELP, DB_OPTION, withLedger } from './ledger-options.js';
import { checkTypeFilter } from './known-types.js';

const FILTER_OPTIONS = ['type', 'since', 'until', 'place', 'verification', 'source', 'actor'] as const;

export const exportCommand: Command = {
  name: 'export',
  summary: 'Write the ledger\'s happenings as ACLED\'s CSV, GeoJSON or JSON Lines (one record per happening)',
  usage:
    `sitrep export --format acled-csv|geojson|jsonl [--db FILE] [--output FILE] [--type T] [--since D] [--until D] [--place P] [--verification V] [--source S] [--actor A]\n  ${DB_HELP}\n` +
    '  acled-csv: ACLED\'s export columns in ACLED\'s order. ACLED codes only events of its types that took place, dated to\n' +
    '    a day, week or month, in a known country: happenings of other types (visits, statements, decisions...), planned,\n' +
    '    hypothetical, negated or denied ones, undated or year-dated ones are left out, and counted on stderr.\n' +
    '  geojson: one Point per happening with a place, flat properties (verification, independent_sources, location_precision...);\n' +
    '    happenings without a place are counted on stderr.\n' +
    '  jsonl: one happening per line, as sitrep events --json prints it, with its evidence sentences.',
  options: {
    ...DB_OPTION,
    format: { type: 'string', short: 'f' },
    output: { type: 'string', short: 'o' },
    ...Object.fromEntries(FILTER_OPTIONS.map((k) => [k, { type: 'string' as const }])),
  },
  async run({ values }, io) {
    const format = String(values.format ?? '');
    if (!(format in EXPORT_FORMATS)) throw new SitrepError(ERROR_CODES.USAGE, `--format must be one of ${Object.keys(EXPORT_FORMATS).join(', ')}`);
    const parsed = filterSchema.safeParse(Object.fromEntries(FILTER_OPTIONS.filter((k) => values[k] !== undefined).map((k) => [k, values[k]])));
    if (!parsed.success) throw new SitrepError(ERROR_CODES.USAGE, parsed.error.issues.map((i) => `--${i.path.join('.')}: ${i.message}`).join('; '));
    let output = io.stdout as Writable;
    const leftOut = new Map<string, number>();
    await withLedger(values, async (store) => {
      await checkTypeFilter(store, parsed.data.type);
      // Opened once the ledger and the filters are known good, so a refused call leaves no file behind.
      if (values.output) output = await openOutput(String(values.output));
      for await (const chunk of await exportChunks(store, format as ExportFormat, parsed.data, (why) => leftOut.set(why, (leftOut.get(why) ?? 0) + 1))) {
        if (!output.write(chunk)) await once(output, 'drain');
      }
    }, 'read');
    const total = [...leftOut.values()].reduce((a, b) => a + b, 0);
    if (total > 0) io.stderr.write(`sitrep export: ${total} happening${total === 1 ? '' : 's'} left out of ${format}: ${[...leftOut].map(([why, n]) => `${n} ${why}`).join(', ')}\n`);
    if (values.output) {
      output.end();
      await finished(output);
      io.stderr.write(`sitrep: wrote ${values.output} (${format})\n`);
    }
    return EXIT.OK;
  },
};

/** Opens the output file, turning a failure (a missing folder, no permission) into a typed error. */
async function openOutput(path: string): Promise<Writable> {
  const out = createWriteStream(path);
  try {
    await once(out, 'open');
  } catch (err) {
    throw new SitrepError(ERROR_CODES.UNREADABLE, `cannot write ${path}: ${(err as Error).message}`, { path }, { cause: err });
  }
  return out;
}
