// Starts the API (and the web app when built) on a host and port; returns its URL and a close().
import { serve } from '@hono/node-server';
import type { AddressInfo } from 'node:net';
import { ERROR_CODES, SitrepError } from '../../errors.js';
import { pipelineVersion } from '../../ledger/project.js';
import { DocumentRunner, type DocumentBudget } from '../document-runner.js';
import { createApp, type AppOptions } from './app.js';
import { readerPoolFor } from './read-pool.js';
import { Uploads } from './uploads.js';

export interface RunningServer {
  url: string;
  close(): Promise<void>;
}

export interface ServerOptions extends AppOptions {
  port: number;
  host: string;
  /** Reader threads for a SQLite file (default one per core; 0: none). */
  readers?: number;
  /** The budget of each posted document (default DEFAULT_BUDGET). */
  budget?: Partial<DocumentBudget>;
}

export async function startServer(opts: ServerOptions): Promise<RunningServer> {
  const pool = opts.reader ? null : readerPoolFor(opts.store, opts.readers);
  if (pool) {
    try {
      await pool.ready;
    } catch (err) {
      await pool.close();
      throw new SitrepError(ERROR_CODES.STORE, `cannot start the ledger's reader threads: ${(err as Error).message}`, {}, { cause: err });
    }
  }
  // Posted documents are annotated in a document thread of their own (uploads.ts), never in this one.
  const runner = opts.token && !opts.queue && !opts.uploads ? new DocumentRunner(opts.budget) : null;
  const uploads = runner ? new Uploads(opts.store, runner, pipelineVersion()) : null;
  const app = createApp({
    ...opts,
    ...(pool ? { reader: pool } : {}),
    ...(uploads ? { uploads } : {}),
    // Answers for the name it was bound to, and addresses and localhost (host-check.ts).
    allowedHosts: [opts.host, ...(opts.allowedHosts ?? [])],
  });
  const stopUploads = async () => {
    await uploads?.close();
    await runner?.close();
  };
  return new Promise((resolve, reject) => {
    const server = serve({ fetch: app.fetch, port: opts.port, hostname: opts.host }, (info: AddressInfo) => {
      const host = info.family === 'IPv6' ? `[${info.address}]` : info.address;
      resolve({
        url: `http://${host}:${info.port}`,
        close: () =>
          new Promise<void>((done) => server.close(() => done()))
            .then(() => pool?.close())
            .then(stopUploads),
      });
    });
    server.once('error', (err: NodeJS.ErrnoException) => {
      void pool?.close();
      void stopUploads();
      reject(new SitrepError(ERROR_CODES.USAGE, `cannot listen on ${opts.host}:${opts.port}: ${err.code ?? err.message}`, {}, { cause: err }));
    });
  });
}
