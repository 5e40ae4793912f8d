// sitrep demo: ingest the bundled samples/ and print the ledger they make, as the events table.
import { join } from 'node:path';
import { existsSync } from 'node:fs';
import { ERROR_CODES, SitrepError } from '../../../errors.js';
import { projectRoot } from '../../../ledger/project.js';
import { EXIT } from '../exit-codes.js';
import type { Command } from '../command.js';
import { DB_HELP, DB_OPTION, withLedger } from './ledger-options.js';
import { runIngest } from './ingest.js';
import { happeningsTable } from './events-table.js';

export function samplesDir(): string {
  const root = projectRoot();
  const dir = root ? join(root, 'samples') : null;
  if (!dir || !existsSync(dir)) throw new SitrepError(ERROR_CODES.UNREADABLE, 'the bundled samples/ folder is missing from this installation');
  return dir;
}

export const demoCommand: Command = {
  name: 'demo',
  summary: 'ingest the bundled sample reports and show the ledger they make',
  usage: `sitrep demo [--db FILE]\n  ${DB_HELP}`,
  options: { ...DB_OPTION },
  async run({ values, positionals }, io) {
    if (positionals.length > 0) throw new SitrepError(ERROR_CODES.USAGE, `unexpected argument "${positionals[0]}"\nusage: ${demoCommand.usage}`);
    const { summary, documentIds } = await runIngest([samplesDir()], values, io);
    const happenings = await withLedger(values, (store) => store.happenings({ documentIds }));
    io.stdout.write('\n' + (happenings.length ? happeningsTable(happenings) : 'no events\n'));
    const linked = happenings.find((h) => h.independentSources > 1) ?? happenings[0];
    const hint = linked ? ` See one with: sitrep show ${linked.id}${values.db ? ` --db ${String(values.db)}` : ''}` : '';
    io.stdout.write(`\n${happenings.length} events from ${documentIds.length} sample documents.${hint}\n`);
    return summary.failed > 0 ? EXIT.SOME_DOCUMENTS_FAILED : EXIT.OK;
  },
};
