// Starts the API (and the web app when built) on a host and port; returns its URL and a close().
import { serve } from '@hono/node-server';
import type { AddressInfo } from 'node:net';
import { ERROR_CODES, SitrepError } from '../../errors.js';
import { createApp, type AppOptions } from './app.js';

export interface RunningServer {
  url: string;
  close(): Promise<void>;
}

export function startServer(opts: AppOptions & { port: number; host: string }): Promise<RunningServer> {
  const app = createApp(opts);
  return new Promise((resolve, reject) => {
    const server = serve({ fetch: app.fetch, port: opts.port, hostname: opts.host }, (info: AddressInfo) => {
      const host = info.family === 'IPv6' ? `[${info.address}]` : info.address;
      resolve({
        url: `http://${host}:${info.port}`,
        close: () => new Promise<void>((done) => server.close(() => done())),
      });
    });
    server.once('error', (err: NodeJS.ErrnoException) =>
      reject(new SitrepError(ERROR_CODES.USAGE, `cannot listen on ${opts.host}:${opts.port}: ${err.code ?? err.message}`, {}, { cause: err })),
    );
  });
}
