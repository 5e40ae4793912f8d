// sitrep ingest PATH|URL...: read files, folders, web pages and stdin into the ledger, annotating what is new.
import { ERROR_CODES, SitrepError } from '../../../errors.js';
import { countDocuments } from '../../../ingest/count.js';
import { DEFAULT_FETCH_LIMITS, type FetchOptions } from '../../../ingest/http-fetch.js';
import { Progress, progressMode } from '../../../ingest/progress.js';
import { readSources } from '../../../ingest/reader.js';
import { givenPublishedOf, withGivenPublished } from '../../../ingest/given-published.js';
import { skippedText, type IngestSummary } from '../../../ledger/ingest.js';
import type { LedgerCounts } from '../../../ledger/store.js';
import { EXIT } from '../exit-codes.js';
import type { Command, CommandIO } from '../command.js';
import { DB_HELP, DB_OPTION, isPostgresLedger, withLedger } from './ledger-options.js';
import { runQueuedIngest } from './worker.js';
import { BUDGET_HELP, BUDGET_OPTIONS, budgetOf } from './annotate.js';

const STDIN_KINDS = ['jsonl', 'html', 'text'] as const;

export function summaryText(s: IngestSummary, totals: LedgerCounts, location: string): string {
  const secs = s.ms / 1000;
  return [
    `ingested ${s.documents} documents: ${s.new} new, ${s.updated} updated, ${s.unchanged} unchanged, ${s.failed} failed, ${s.undated} undated${skippedText(s.skipped)}; ${s.events} events stored`,
    `ledger ${location}: ${totals.documents} documents (${totals.failed} failed), ${totals.events} events`,
    `${secs.toFixed(2)} s, ${(s.documents / Math.max(secs, 1e-9)).toFixed(1)} documents/s`,
  ].join('\n') + '\n';
}

export async function runIngest(paths: string[], values: Record<string, unknown>, io: CommandIO): Promise<{ summary: IngestSummary; documentIds: number[] }> {
  const stdinKind = values.as as (typeof STDIN_KINDS)[number] | undefined;
  if (stdinKind !== undefined && !STDIN_KINDS.includes(stdinKind)) {
    throw new SitrepError(ERROR_CODES.USAGE, `--as must be one of ${STDIN_KINDS.join(', ')}`);
  }
  // PostgreSQL: store and queue; `sitrep worker` processes annotate.
  if (isPostgresLedger(values)) return runQueuedIngest(paths, values, io, stdinKind);
  const fetchLimits = fetchLimitsOf(values);
  const published = givenPublishedOf(values.published);
  const budget = budgetOf(values);
  const progress = new Progress(io.stderr, progressMode(io.stderr, { quiet: Boolean(values.quiet), lines: Boolean(values.progress) }));
  // Counting costs a walk of the folders (and a read of .jsonl files): only done when someone watches.
  if (progress.mode !== 'off') progress.setTotal(await countDocuments(paths));
  return withLedger(values, async (store) => {
    const documentIds: number[] = [];
    // Loaded on use: the pipeline (models, gazetteer) costs seconds that `sitrep events` should not pay.
    const { ingestInto, LEDGER_CONTRACT } = await import('../../../ledger/ingest.js');
    const { DocumentRunner } = await import('../../document-runner.js');
    // Each document within its budget of size and time, in a document thread (document-runner.ts).
    const runner = new DocumentRunner(budget);
    runner.warm();
    const summary = await ingestInto(store, withGivenPublished(readSources(paths, { stdin: io.stdin, stdinKind, fetchLimits }), published), {
      force: Boolean(values.force),
      annotate: (raw) => runner.run(raw, LEDGER_CONTRACT),
      onFailure: (f) => {
        if (!values.quiet) progress.note(`sitrep: ${f.where}: ${f.code}: ${f.message}`);
      },
      onUndated: (where) => {
        if (!values.quiet) progress.note(`sitrep: ${where}: undated: no publication date in the page, its name or --published; its relative dates ("on Tuesday") stay unresolved`);
      },
      onDocument: (r) => {
        if (r.documentId !== null) documentIds.push(r.documentId);
        progress.tick(r.outcome === 'failed');
      },
    }).finally(() => runner.close());
    progress.finish();
    if (!values.quiet) io.stdout.write(summaryText(summary, await store.counts(), store.location));
    return { summary, documentIds };
  });
}

/**
 * --timeout SECONDS: the most one page (or feed) may take, redirects and body included. --allow-host: a
 * host, address or CIDR range fetched although it is not public (loopback, private, link-local...).
 */
export function fetchLimitsOf(values: Record<string, unknown>): FetchOptions {
  const allow = Array.isArray(values['allow-host']) ? { allow: values['allow-host'] as string[] } : {};
  if (values.timeout === undefined) return allow;
  const seconds = Number(values.timeout);
  if (!Number.isFinite(seconds) || seconds <= 0) throw new SitrepError(ERROR_CODES.USAGE, '--timeout must be a positive number of seconds');
  return { totalMs: seconds * 1000, connectMs: Math.min(seconds * 1000, DEFAULT_FETCH_LIMITS.connectMs), ...allow };
}

/** The option and its help line, shared by ingest and watch. */
export const ALLOW_HOST_OPTION = { 'allow-host': { type: 'string', multiple: true } } as const;
export const ALLOW_HOST_HELP = '  --allow-host HOST|ADDRESS|CIDR (repeatable): fetch from it although it is not a public address (refused by default: loopback, private, link-local, unique-local)';

export const ingestCommand: Command = {
  name: 'ingest',
  summary: 'store and annotate files, folders (.html .htm .txt .jsonl, also gzipped), web pages (http(s) URLs) or stdin (-) in the ledger',
  usage:
    `sitrep ingest [--db FILE] [--force] [--as jsonl|html|text] [--published DATE] [--timeout SECONDS] [--allow-host HOST] [--max-seconds S] [--max-chars N] [--progress] [--quiet] PATH|URL...\n  ${DB_HELP}\n` +
    '  --force: annotate again documents already annotated by this version\n  --as: what stdin (-) holds (default: sniffed)\n' +
    '  --published: when the files, pages or stdin came out (ISO date or date-time; a .jsonl line\'s own "published" wins).\n' +
    '    Without it: the page\'s own date, then one in the file name or URL (20230606T060000Z_..., 2023-06-06-..., /2023/06/06/)\n' +
    '  Files of other kinds (.csv, .pdf, ...) are refused; each document left undated gets a warning, counted in the summary.\n' +
    `  --timeout: the most one page may take to fetch (default ${DEFAULT_FETCH_LIMITS.totalMs / 1000}); pages over ${DEFAULT_FETCH_LIMITS.maxBytes / 1048576} MB are refused\n` +
    `${ALLOW_HOST_HELP}\n${BUDGET_HELP}\n` +
    '  --progress: progress lines on stderr even when it is not a terminal (a terminal gets a bar anyway)',
  options: {
    ...DB_OPTION,
    ...ALLOW_HOST_OPTION,
    ...BUDGET_OPTIONS,
    force: { type: 'boolean' },
    as: { type: 'string' },
    published: { type: 'string' },
    timeout: { type: 'string' },
    progress: { type: 'boolean' },
    quiet: { type: 'boolean', short: 'q' },
  },
  async run({ values, positionals }, io) {
    if (positionals.length === 0) throw new SitrepError(ERROR_CODES.USAGE, `nothing to ingest\nusage: ${ingestCommand.usage}`);
    const { summary } = await runIngest(positionals, values, io);
    if (summary.failed === 0) return EXIT.OK;
    // Nothing could be read at all (every path missing or unreadable): the input, not the documents, failed.
    const nothingRead = summary.failed === summary.documents && summary.failures.every((f) => f.code === ERROR_CODES.UNREADABLE);
    return nothingRead ? EXIT.UNREADABLE : EXIT.SOME_DOCUMENTS_FAILED;
  },
};
