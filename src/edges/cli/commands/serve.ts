// sitrep serve: the ledger's HTTP API and the web map/timeline, until SIGINT or SIGTERM.
import { join } from 'node:path';
import { ERROR_CODES, SitrepError } from '../../../errors.js';
import { pipelineVersion, projectRoot } from '../../../ledger/project.js';
import { loadStaticFiles } from '../../http/static.js';
import { startServer } from '../../http/server.js';
import { EXIT } from '../exit-codes.js';
import type { Command, CommandIO } from '../command.js';
import { openDocumentQueue, type DocumentQueue } from '../../../queue/document-queue.js';
import { DB_HELP, DB_OPTION, isPostgresLedger, ledgerPath, openLedger } from './ledger-options.js';

export function parsePort(value: unknown): number {
  const port = Number(value ?? 8080);
  if (!Number.isInteger(port) || port < 0 || port > 65_535) throw new SitrepError(ERROR_CODES.USAGE, `--port must be 0..65535, not ${String(value)}`);
  return port;
}

export const serveCommand: Command = {
  name: 'serve',
  summary: 'Serve the ledger: a read-only JSON API (/api, /openapi.json) and the web map and timeline',
  usage:
    `sitrep serve [--port N] [--host 127.0.0.1] [--allowed-host NAME] [--db FILE] [--token T]\n  ${DB_HELP}\n` +
    '  --token T (or $SITREP_TOKEN): also accept POST /api/documents with "Authorization: Bearer T"\n' +
    '  --allowed-host NAME (repeatable): a name the server answers for besides --host, its addresses and localhost ("*": any)',
  options: { ...DB_OPTION, port: { type: 'string', short: 'p' }, host: { type: 'string' }, token: { type: 'string' }, 'allowed-host': { type: 'string', multiple: true } },
  run({ values }, io) {
    // Until the process is told to stop; SIGINT/SIGTERM listeners are removed again once it has.
    const ctl = new AbortController();
    const stop = () => ctl.abort();
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
    return serve(values, io, ctl.signal).finally(() => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
    });
  },
};

/** Serves until `signal` aborts, then closes the server and the ledger. */
export async function serve(values: Record<string, unknown>, io: CommandIO, signal: AbortSignal): Promise<number> {
  const port = parsePort(values.port);
  const host = typeof values.host === 'string' && values.host ? values.host : '127.0.0.1';
  const token = (typeof values.token === 'string' && values.token) || process.env.SITREP_TOKEN || null;
  const root = projectRoot();
  const web = root ? loadStaticFiles(join(root, 'dist', 'web')) : new Map();
  // PostgreSQL: a pool of connections, so concurrent requests do not queue behind one another.
  // Read-only unless uploads are on: serving a mistyped --db says so rather than serving a new empty ledger.
  const store = await openLedger(values, { poolSize: 10, applicationName: 'sitrep-serve' }, token ? 'write' : 'read');
  let server;
  let queue: DocumentQueue | undefined;
  try {
    // On PostgreSQL, posted documents are queued for the workers, as `sitrep ingest` queues them.
    if (token && isPostgresLedger(values)) queue = await openDocumentQueue(ledgerPath(values), { applicationName: 'sitrep-serve-ingest' });
    const allowedHosts = Array.isArray(values['allowed-host']) ? (values['allowed-host'] as string[]) : [];
    server = await startServer({ store, token, web, host, port, allowedHosts, version: pipelineVersion(), ...(queue ? { queue } : {}) });
  } catch (err) {
    await queue?.close();
    await store.close();
    throw err;
  }
  io.stderr.write(`sitrep: serving ${store.location} at ${server.url}/${web.size ? '' : ' (API only: the web app is not built; run npm run build:web)'}${token ? ', ingest enabled' : ''}\n`);
  if (!signal.aborted) await new Promise((resolve) => signal.addEventListener('abort', resolve, { once: true }));
  await server.close();
  await queue?.close();
  await store.close();
  return EXIT.OK;
}
