// sitrep watch FEED_URL...: poll RSS and Atom feeds and ingest each new entry (its page, or its own full
// text). --once polls once and exits (scripts, cron); otherwise it polls every --interval seconds until
// SIGINT or SIGTERM, finishing the document in hand so the ledger and the watch state agree. On a
// PostgreSQL ledger each new document is stored and queued for the workers, as `sitrep ingest` does.
import { dirname, join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { ERROR_CODES, SitrepError } from '../../../errors.js';
import { DEFAULT_RETRY } from '../../../ingest/retry-schedule.js';
import { FeedPoller, distinctEntries, type FeedPoll, type PolledEntry } from '../../../ingest/feed-poller.js';
import { HttpClient, httpUrl } from '../../../ingest/http-fetch.js';
import { Progress, progressMode } from '../../../ingest/progress.js';
import { SeenItems } from '../../../ingest/seen-items.js';
import type { SourceItem } from '../../../ingest/source.js';
import type { IngestFailure, IngestSummary } from '../../../ledger/ingest.js';
import { defaultLedgerPath } from '../../../ledger/location.js';
import type { LedgerStore } from '../../../ledger/store.js';
import { openDocumentQueue, type DocumentQueue } from '../../../queue/document-queue.js';
import { asIngestSummary } from '../../../queue/queued-ingest.js';
import { EXIT } from '../exit-codes.js';
import type { Command, CommandIO } from '../command.js';
import { ALLOW_HOST_HELP, ALLOW_HOST_OPTION, fetchLimitsOf } from './ingest.js';
import { DB_HELP, DB_OPTION, isPostgresLedger, ledgerPath, withLedger } from './ledger-options.js';

const DEFAULT_INTERVAL_SECONDS = 300;

/** Where the entries already dealt with are remembered: beside a SQLite ledger, else in sitrep's data folder. */
export function watchStatePath(values: Record<string, unknown>): string {
  if (typeof values.state === 'string' && values.state) return values.state;
  if (isPostgresLedger(values)) return join(dirname(defaultLedgerPath()), 'watch-state.jsonl');
  return `${ledgerPath(values)}.watch.jsonl`;
}

function intervalOf(values: Record<string, unknown>): number {
  if (values.interval === undefined) return DEFAULT_INTERVAL_SECONDS;
  const seconds = Number(values.interval);
  if (!Number.isFinite(seconds) || seconds <= 0) throw new SitrepError(ERROR_CODES.USAGE, '--interval must be a positive number of seconds');
  return seconds;
}

interface WatchTotals {
  polls: number;
  documents: number;
  new: number;
  unchanged: number;
  failed: number;
  events: number;
  feedFailures: number;
  feedsRead: number;
}

/**
 * Where a poll's new documents go: annotated into the ledger here (SQLite), or stored and queued for the
 * workers (PostgreSQL). Either way a document is stored before the next is asked for, so an entry is only
 * remembered as seen once its document is safe.
 */
interface DocumentSink {
  queued: boolean;
  take(items: AsyncIterable<SourceItem>, on: { onFailure: (f: IngestFailure) => void; onDocument: (failed: boolean) => void }): Promise<IngestSummary>;
}

function annotatingSink(store: LedgerStore): DocumentSink {
  return {
    queued: false,
    async take(items, on) {
      const { ingestInto } = await import('../../../ledger/ingest.js');
      return ingestInto(store, items, { onFailure: on.onFailure, onDocument: (r) => on.onDocument(r.outcome === 'failed') });
    },
  };
}

function queuingSink(queue: DocumentQueue): DocumentSink {
  return {
    queued: true,
    async take(items, on) {
      // One job per insert: the feed poller marks an entry seen once the next item is asked for.
      const queued = await queue.enqueue(items, { batchSize: 1, onFailure: on.onFailure, onDocument: (r) => on.onDocument(r.outcome === 'failed') });
      return asIngestSummary(queued);
    },
  };
}

function pollLine(n: number, polls: FeedPoll[], feedCount: number, s: IngestSummary | null, queued: boolean): string {
  const entries = polls.reduce((sum, p) => sum + p.fresh.length, 0);
  const secs = s ? `; ${(s.ms / 1000).toFixed(2)} s` : '';
  const done = !s
    ? ''
    : queued
      ? `: ${s.new + s.updated} queued for workers, ${s.unchanged} unchanged, ${s.failed} failed${secs}`
      : `: ${s.new} new, ${s.updated} updated, ${s.unchanged} unchanged, ${s.failed} failed; ${s.events} events stored${secs}`;
  return `poll ${n}: ${polls.length}/${feedCount} feeds read, ${entries} new entries${done}\n`;
}

async function pollOnce(
  feeds: readonly string[],
  poller: FeedPoller,
  sink: DocumentSink,
  io: CommandIO,
  values: Record<string, unknown>,
  signal: AbortSignal,
  totals: WatchTotals,
): Promise<void> {
  const polls: FeedPoll[] = [];
  const report = (text: string) => {
    if (!values.quiet) io.stderr.write(text);
  };
  for (const feed of feeds) {
    if (signal.aborted) return;
    try {
      polls.push(await poller.poll(feed));
    } catch (err) {
      if (signal.aborted) return;
      const e = err instanceof SitrepError ? err : null;
      if (!e) throw err;
      totals.feedFailures++;
      report(`sitrep: ${feed}: ${e.code}: ${e.message}\n`);
    }
  }
  totals.polls++;
  totals.feedsRead += polls.length;
  const fresh: PolledEntry[] = distinctEntries(polls.flatMap((p) => p.fresh));
  let summary: IngestSummary | null = null;
  if (fresh.length > 0) {
    const progress = new Progress(io.stderr, progressMode(io.stderr, { quiet: Boolean(values.quiet), lines: Boolean(values.progress) }), fresh.length, 'entries');
    summary = await sink.take(poller.documents(fresh), {
      onFailure: (f) => {
        if (!values.quiet) progress.note(`sitrep: ${f.where}: ${f.code}: ${f.message}`);
      },
      onDocument: (failed) => progress.tick(failed),
    });
    progress.finish();
    totals.documents += summary.documents;
    totals.new += summary.new + summary.updated;
    totals.unchanged += summary.unchanged;
    totals.failed += summary.failed;
    totals.events += summary.events;
  }
  if (!signal.aborted) poller.settle();
  if (!values.quiet) io.stdout.write(pollLine(totals.polls, polls, feeds.length, summary, sink.queued));
}

export async function runWatch(feeds: readonly string[], values: Record<string, unknown>, io: CommandIO, signal: AbortSignal): Promise<WatchTotals> {
  const interval = intervalOf(values);
  const seen = await SeenItems.open(watchStatePath(values));
  const client = new HttpClient(fetchLimitsOf(values));
  const totals: WatchTotals = { polls: 0, documents: 0, new: 0, unchanged: 0, failed: 0, events: 0, feedFailures: 0, feedsRead: 0 };
  const watch = async (sink: DocumentSink) => {
    const poller = new FeedPoller(client, seen, { signal });
    for (;;) {
      await pollOnce(feeds, poller, sink, io, values, signal, totals);
      if (values.once || signal.aborted) return totals;
      // Resolves early, without error, when a signal asks us to stop.
      await sleep(interval * 1000, undefined, { signal }).catch((err: unknown) => {
        if (!signal.aborted) throw err;
      });
      if (signal.aborted) return totals;
    }
  };
  try {
    if (!isPostgresLedger(values)) return await withLedger(values, (store) => watch(annotatingSink(store)));
    const queue = await openDocumentQueue(ledgerPath(values), { applicationName: 'sitrep-watch' });
    try {
      return await watch(queuingSink(queue));
    } finally {
      await queue.close();
    }
  } finally {
    await client.close();
  }
}

export const watchCommand: Command = {
  name: 'watch',
  summary: 'poll RSS/Atom feeds and ingest every new entry (its page, or its own full text) into the ledger',
  usage:
    `sitrep watch [--db FILE] [--interval SECONDS] [--once] [--state FILE] [--timeout SECONDS] [--allow-host HOST] [--progress] [--quiet] FEED_URL...\n  ${DB_HELP}\n` +
    `  --interval: seconds between polls (default ${DEFAULT_INTERVAL_SECONDS}); runs until SIGINT or SIGTERM\n` +
    '  --once: poll every feed once, ingest what is new, and exit\n' +
    '  --state: the file remembering entries already ingested (default: beside the ledger, LEDGER.watch.jsonl)\n' +
    '  --timeout: the most one feed or page may take to fetch (default 30)\n' +
    `  An entry whose page fails (a 404, a timeout) is tried again ${DEFAULT_RETRY.firstDelayMs / 1000} s later, the delay doubling each time\n` +
    `  (at most ${DEFAULT_RETRY.maxDelayMs / 3600_000} h), and given up after ${DEFAULT_RETRY.maxAttempts} tries.\n` +
    ALLOW_HOST_HELP,
  options: {
    ...DB_OPTION,
    ...ALLOW_HOST_OPTION,
    interval: { type: 'string' },
    once: { type: 'boolean' },
    state: { type: 'string' },
    timeout: { type: 'string' },
    progress: { type: 'boolean' },
    quiet: { type: 'boolean', short: 'q' },
  },
  async run({ values, positionals }, io) {
    if (positionals.length === 0) throw new SitrepError(ERROR_CODES.USAGE, `no feed to watch\nusage: ${watchCommand.usage}`);
    const bad = positionals.find((p) => !httpUrl(p));
    if (bad !== undefined) throw new SitrepError(ERROR_CODES.USAGE, `not an http(s) URL: ${bad}`);
    intervalOf(values);
    const ctl = new AbortController();
    // The first signal stops after the document in hand; a second one is not caught and ends the process.
    const stop = () => {
      if (!values.quiet) io.stderr.write('sitrep watch: stopping after the document in hand\n');
      ctl.abort();
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
    try {
      const totals = await runWatch(positionals, values, io, ctl.signal);
      if (!values.quiet && !values.once) {
        io.stdout.write(`watched ${totals.polls} polls: ${totals.new} documents stored, ${totals.unchanged} unchanged, ${totals.failed} failed; ${totals.events} events\n`);
      }
      if (ctl.signal.aborted) return EXIT.OK;
      if (totals.feedsRead === 0) return EXIT.UNREADABLE;
      return totals.failed > 0 || totals.feedFailures > 0 ? EXIT.SOME_DOCUMENTS_FAILED : EXIT.OK;
    } finally {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
    }
  },
};
