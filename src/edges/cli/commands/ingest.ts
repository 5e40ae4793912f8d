// sitrep ingest PATH...: read files, folders and stdin into the ledger, annotating what is new.
import { ERROR_CODES, SitrepError } from '../../../errors.js';
import { readSources } from '../../../ingest/reader.js';
import type { IngestSummary } from '../../../ledger/ingest.js';
import type { LedgerCounts } from '../../../ledger/store.js';
import { EXIT } from '../exit-codes.js';
import type { Command, CommandIO } from '../command.js';
import { DB_HELP, DB_OPTION, withLedger } from './ledger-options.js';

const STDIN_KINDS = ['jsonl', 'html', 'text'] as const;

export function summaryText(s: IngestSummary, totals: LedgerCounts, location: string): string {
  const secs = s.ms / 1000;
  return [
    `ingested ${s.documents} documents: ${s.new} new, ${s.updated} updated, ${s.unchanged} unchanged, ${s.failed} failed; ${s.events} events stored`,
    `ledger ${location}: ${totals.documents} documents (${totals.failed} failed), ${totals.events} events`,
    `${secs.toFixed(2)} s, ${(s.documents / Math.max(secs, 1e-9)).toFixed(1)} documents/s`,
  ].join('\n') + '\n';
}

export async function runIngest(paths: string[], values: Record<string, unknown>, io: CommandIO): Promise<{ summary: IngestSummary; documentIds: number[] }> {
  const stdinKind = values.as as (typeof STDIN_KINDS)[number] | undefined;
  if (stdinKind !== undefined && !STDIN_KINDS.includes(stdinKind)) {
    throw new SitrepError(ERROR_CODES.USAGE, `--as must be one of ${STDIN_KINDS.join(', ')}`);
  }
  return withLedger(values, async (store) => {
    const documentIds: number[] = [];
    // A running count on a terminal, so a long ingest visibly moves; pipes get only the summary.
    const progress = io.isTTY && !values.quiet;
    let seen = 0;
    // Loaded on use: the pipeline (models, gazetteer) costs seconds that `sitrep events` should not pay.
    const { ingestInto } = await import('../../../ledger/ingest.js');
    const summary = await ingestInto(store, readSources(paths, { stdin: io.stdin, stdinKind }), {
      force: Boolean(values.force),
      onFailure: (f) => {
        if (!values.quiet) io.stderr.write(`sitrep: ${f.where}: ${f.code}: ${f.message}\n`);
      },
      onDocument: (r) => {
        if (r.documentId !== null) documentIds.push(r.documentId);
        if (progress && ++seen % 10 === 0) io.stderr.write(`\r${seen} documents…`);
      },
    });
    if (progress && seen >= 10) io.stderr.write('\r\x1b[K');
    if (!values.quiet) io.stdout.write(summaryText(summary, await store.counts(), store.location));
    return { summary, documentIds };
  });
}

export const ingestCommand: Command = {
  name: 'ingest',
  summary: 'store and annotate files, folders (.html .htm .txt .jsonl, also gzipped) or stdin (-) in the ledger',
  usage: `sitrep ingest [--db FILE] [--force] [--as jsonl|html|text] [--quiet] PATH...\n  ${DB_HELP}\n  --force: annotate again documents already annotated by this version\n  --as: what stdin (-) holds (default: sniffed)`,
  options: {
    ...DB_OPTION,
    force: { type: 'boolean' },
    as: { type: 'string' },
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
