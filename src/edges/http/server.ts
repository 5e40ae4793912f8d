// Starts the API (and the web app when built) on a host and port; returns its URL and a close().
import { serve } from '@hono/node-server';
import type { AddressInfo } from 'node:net';
import { ERROR_CODES, SitrepError } from '../../errors.js';
import { createApp, type AppOptions } from './app.js';
import { readerPoolFor } from './read-pool.js';

export interface RunningServer {
  url: string;
  close(): Promise<void>;
}

export async function startServer(opts: AppOptions & { port: number; host: string; /** Reader threads for a SQLite file (default one per core; 0: none). */ readers?: number }): Promise<RunningServer> {
  const pool = opts.reader ? null : readerPoolFor(opts.store, opts.readers);
  if (pool) {
    try {
      await pool.ready;
    } catch (err) {
      await pool.close();
      throw new SitrepError(ERROR_CODES.STORE, `cannot start the ledger's reader threads: ${(err as Error).message}`, {}, { cause: err });
    }
  }
  const app = createApp({ ...opts, ...(pool ? { reader: pool } : {}) });
  return new Promise((resolve, reject) => {
    const server = serve({ fetch: app.fetch, port: opts.port, hostname: opts.host }, (info: AddressInfo) => {
      const host = info.family === 'IPv6' ? `[${info.address}]` : info.address;
      resolve({
        url: `http://${host}:${info.port}`,
        close: () => new Promise<void>((done) => server.close(() => done())).then(() => pool?.close()),
      });
    });
    server.once('error', (err: NodeJS.ErrnoException) => {
      void pool?.close();
      reject(new SitrepError(ERROR_CODES.USAGE, `cannot listen on ${opts.host}:${opts.port}: ${err.code ?? err.message}`, {}, { cause: err }));
    });
  });
}
