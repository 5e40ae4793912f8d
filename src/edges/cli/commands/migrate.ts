// sitrep migrate --from A --to B: copy a whole ledger between SQLite files and PostgreSQL URLs, either way,
// keeping every id, so `sitrep export` gives the same output from both.
import { ERROR_CODES, SitrepError } from '../../../errors.js';
import { copyLedger } from '../../../ledger/postgres-copy.js';
import { redactUrl } from '../../../ledger/postgres.js';
import { EXIT } from '../exit-codes.js';
import type { Command } from '../command.js';
import { ledgerPath } from './ledger-options.js';

export const migrateCommand: Command = {
  name: 'migrate',
  summary: 'copy a ledger between SQLite and PostgreSQL (either way) into an empty target',
  usage: 'sitrep migrate --from FILE|URL --to FILE|URL [--quiet]\n  FILE: a SQLite ledger; URL: postgres://user@host:port/database. The target must hold no documents.',
  options: { from: { type: 'string' }, to: { type: 'string' }, quiet: { type: 'boolean', short: 'q' } },
  async run({ values, positionals }, io) {
    if (positionals.length > 0) throw new SitrepError(ERROR_CODES.USAGE, `unexpected argument "${positionals[0]}"\nusage: ${migrateCommand.usage}`);
    if (typeof values.from !== 'string' || !values.from || typeof values.to !== 'string' || !values.to) {
      throw new SitrepError(ERROR_CODES.USAGE, `both --from and --to are needed\nusage: ${migrateCommand.usage}`);
    }
    const from = ledgerPath({ db: values.from });
    const to = ledgerPath({ db: values.to });
    if (from === to) throw new SitrepError(ERROR_CODES.USAGE, '--from and --to name the same ledger');
    const report = await copyLedger(from, to, (table, rows) => {
      if (!values.quiet) io.stderr.write(`sitrep migrate: ${table}: ${rows} rows\n`);
    });
    const show = (l: string) => (l.startsWith('postgres') ? redactUrl(l) : l);
    const total = report.tables.reduce((n, t) => n + t.rows, 0);
    if (!values.quiet) io.stdout.write(`copied ${total} rows in ${report.tables.length} tables from ${show(from)} to ${show(to)} in ${(report.ms / 1000).toFixed(2)} s\n`);
    return EXIT.OK;
  },
};
