// sitrep worker: annotate queued documents of a PostgreSQL ledger; --drain stops when the queue is empty,
// otherwise it runs until SIGINT/SIGTERM and then stops after the jobs in hand (one small batch). --dead
// lists the documents that could not be annotated, with their errors.
import { ERROR_CODES, SitrepError } from '../../../errors.js';
import { openPostgresKysely, redactUrl } from '../../../ledger/postgres.js';
import { readSources } from '../../../ingest/reader.js';
import type { IngestSummary } from '../../../ledger/ingest.js';
import { deadLetters } from '../../../queue/dead.js';
import { givenPublishedOf, withGivenPublished } from '../../../ingest/given-published.js';
import { asIngestSummary, enqueueSummaryText, ingestToQueue } from '../../../queue/queued-ingest.js';
import { runWorker } from '../../../queue/worker.js';
import { EXIT } from '../exit-codes.js';
import type { Command, CommandIO } from '../command.js';
import { DB_HELP, DB_OPTION, isPostgresLedger, ledgerPath } from './ledger-options.js';

export const workerCommand: Command = {
  name: 'worker',
  summary: 'annotate the documents queued in a PostgreSQL ledger (--drain: until the queue is empty; --dead: list failures)',
  usage:
    `sitrep worker [--db URL] [--drain] [--dead [--json]] [--quiet]\n  ${DB_HELP}\n` +
    '  --drain: stop once nothing is queued, retrying or active; without it, run until SIGTERM or SIGINT\n' +
    '  --dead: list the dead-letter documents (could not be annotated) and their errors, then exit\n' +
    '  environment (read when jobs are queued): SITREP_JOB_TIMEOUT seconds before a lost job is retried (300),\n' +
    '  SITREP_JOB_RETRIES (3), SITREP_JOB_RETRY_DELAY seconds, doubled per retry (2)',
  options: { ...DB_OPTION, drain: { type: 'boolean' }, dead: { type: 'boolean' }, json: { type: 'boolean' }, quiet: { type: 'boolean', short: 'q' } },
  async run({ values, positionals }, io) {
    if (positionals.length > 0) throw new SitrepError(ERROR_CODES.USAGE, `unexpected argument "${positionals[0]}"\nusage: ${workerCommand.usage}`);
    if (!isPostgresLedger(values)) {
      throw new SitrepError(ERROR_CODES.USAGE, 'workers need a PostgreSQL ledger (--db postgres://… or $SITREP_DB); a SQLite ledger is annotated by sitrep ingest itself');
    }
    const url = ledgerPath(values);
    if (values.dead) return listDead(url, Boolean(values.json), io);
    const ctl = new AbortController();
    const stop = () => ctl.abort();
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
    try {
      const summary = await runWorker({
        url,
        drain: Boolean(values.drain),
        signal: ctl.signal,
        onJob: (r) => {
          if (!values.quiet && r.message) io.stderr.write(`sitrep worker: ${r.hash.slice(0, 12)}: ${r.outcome}: ${r.message}\n`);
        },
      });
      if (!values.quiet) {
        const secs = summary.ms / 1000;
        // The process's CPU (start-up included): what sizing a fleet against its cores needs.
        const cpu = process.cpuUsage();
        io.stdout.write(
          `worker ${process.pid}: ${summary.jobs} jobs: ${summary.annotated} annotated, ${summary.unchanged} unchanged, ${summary.dead} dead-lettered, ${summary.retried} to retry; ` +
            `${secs.toFixed(2)} s, ${(summary.jobs / Math.max(secs, 1e-9)).toFixed(1)} jobs/s, cpu ${((cpu.user + cpu.system) / 1e6).toFixed(2)} s${ctl.signal.aborted ? ' (stopped by signal)' : ''}\n`,
        );
      }
      return EXIT.OK;
    } finally {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
    }
  },
};

async function listDead(url: string, json: boolean, io: CommandIO): Promise<number> {
  const db = await openPostgresKysely(url, { poolSize: 1, applicationName: 'sitrep-worker-dead' });
  try {
    const letters = await deadLetters(db);
    if (json) for (const l of letters) io.stdout.write(JSON.stringify(l) + '\n');
    else if (letters.length === 0) io.stdout.write('no dead letters\n');
    else for (const l of letters) io.stdout.write(`${l.at}  ${l.documentId ?? '-'}  ${l.name ?? l.hash}  ${l.code}: ${l.message}\n`);
    return EXIT.OK;
  } finally {
    await db.destroy();
  }
}

/**
 * `sitrep ingest` when the ledger is PostgreSQL: the documents are stored and queued for workers, not
 * annotated here. Returns what runIngest returns, so ingest and demo treat both backends alike.
 */
export async function runQueuedIngest(
  paths: string[],
  values: Record<string, unknown>,
  io: CommandIO,
  stdinKind?: 'jsonl' | 'html' | 'text',
): Promise<{ summary: IngestSummary; documentIds: number[] }> {
  const url = ledgerPath(values);
  const queued = await ingestToQueue(url, withGivenPublished(readSources(paths, { stdin: io.stdin, stdinKind }), givenPublishedOf(values.published)), {
    force: Boolean(values.force),
    onFailure: (f) => {
      if (!values.quiet) io.stderr.write(`sitrep: ${f.where}: ${f.code}: ${f.message}\n`);
    },
  });
  if (!values.quiet) io.stdout.write(enqueueSummaryText(queued, redactUrl(url)));
  return { summary: asIngestSummary(queued), documentIds: queued.documentIds };
}
