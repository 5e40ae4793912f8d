// The HTTP edge (hono): each route parses its parameters with zod, calls the store, and shapes JSON.
// Failures are thrown as SitrepError and turned into a status in one place (errors.ts).
import type { HttpBindings } from '@hono/node-server';
import { Hono, type Context } from 'hono';
import { bearerAuth } from 'hono/bearer-auth';
import { bodyLimit } from 'hono/body-limit';
import { stream } from 'hono/streaming';
import { ERROR_CODES, SitrepError } from '../../errors.js';
import { MAX_DOCUMENT_CHARS } from '../../ingest/document.js';
import { pipelineVersion } from '../../ledger/project.js';
import type { LedgerStore } from '../../ledger/store.js';
import type { DocumentQueue } from '../../queue/document-queue.js';
import { DocumentRunner } from '../document-runner.js';
import { errorResponse } from './errors.js';
import { decodeCursor } from './events-query.js';
import { EXPORT_FORMATS, exportChunks } from './export/index.js';
import { hostCheck } from './host-check.js';
import { ingestBody, uploadStatusPath } from './ingest.js';
import { Uploads, type UploadStatus } from './uploads.js';
import { openApiDocument } from './openapi.js';
import { eventsQuerySchema, exportQuerySchema, idSchema, noOwnParams, parseQuery } from './query.js';
import type { StaticFile } from './static.js';
import { inProcessReader, type ReadRunner } from './read-pool.js';
import type { ReadTask } from './answers.js';
import { CachedReply } from './cached-reply.js';
import { preferredCoding } from './content-coding.js';
import { RequestKeys } from './request-keys.js';
import { ResponseCache } from './response-cache.js';
import { securityHeaders } from './security-headers.js';
import { documentView, eventView } from './views.js';

export interface AppOptions {
  store: LedgerStore;
  /** When set, POST /api/documents accepts documents with `Authorization: Bearer <token>`. */
  token?: string | null;
  /** Where POST /api/documents queues documents on a PostgreSQL ledger (workers annotate them). */
  queue?: DocumentQueue;
  /**
   * Who annotates posted documents on a SQLite ledger, off the server's thread (startServer makes one and
   * closes it; by default one with the default document budget).
   */
  uploads?: Uploads;
  /**
   * Host names the server answers for besides addresses and localhost (see host-check.ts); "*" for any.
   * Undefined: no check (an app not bound to a socket, as in tests).
   */
  allowedHosts?: readonly string[];
  /** Answers kept by the response cache (default 256); 0 turns it off (the API bench's uncached runs). */
  cacheEntries?: number;
  /** Who makes the answers the cache misses (default: this thread, through `store`; see read-pool.ts). */
  reader?: ReadRunner;
  /** The built web app, by URL path (see static.ts); empty serves the API alone. */
  web?: Map<string, StaticFile>;
  version?: string;
}

const notFound = (what: string) => new SitrepError(ERROR_CODES.NOT_FOUND, `no ${what}`);

/**
 * Node's own request under @hono/node-server, read directly on the hot path: hono's c.req.header() first
 * builds a whole Headers object from the raw ones. Undefined elsewhere (app.request in the tests).
 */
const incomingOf = (c: Context) => (c.env as Partial<HttpBindings> | undefined)?.incoming;

/** The request's Accept-Encoding. */
function acceptEncoding(c: Context): string | undefined {
  const incoming = incomingOf(c);
  return incoming ? incoming.headers['accept-encoding'] : c.req.header('accept-encoding');
}

/** The request target as sent (path and query). */
function requestTarget(c: Context): string {
  const incoming = incomingOf(c);
  if (incoming?.url !== undefined) return incoming.url;
  const url = c.req.url;
  return url.slice(url.indexOf('/', url.indexOf('//') + 2));
}

export function createApp(opts: AppOptions): Hono {
  const { store } = opts;
  // Every answer of the read routes below is cached until the next save (see response-cache.ts).
  const pages = new ResponseCache<CachedReply>(store, opts.cacheEntries);
  const keys = new RequestKeys();
  const queryKey = (c: Context, route: string) => keys.keyFor(requestTarget(c), () => ResponseCache.key(route, c.req.query()));
  const reader = opts.reader ?? inProcessReader(store);
  // The cache is asked first, by the raw query: a hit was validated when it was made, so it skips the
  // parsing too. A miss parses (a bad parameter rejects, and a rejection is never cached) and runs the task.
  // The answer goes out in the best form the client accepts (compressed for browsers and curl --compressed).
  const json = async (c: Context, key: string, task: () => ReadTask) => {
    const reply = await pages.get(key, async () => new CachedReply(await reader.run(task())));
    return reply.response(preferredCoding(acceptEncoding(c)));
  };
  const app = new Hono();
  app.onError((err, c) => errorResponse(err, c));
  app.notFound((c) => errorResponse(new SitrepError(ERROR_CODES.NOT_FOUND, `no route ${c.req.method} ${c.req.path}`), c));
  app.use('*', securityHeaders());
  if (opts.allowedHosts) app.use('*', hostCheck(opts.allowedHosts));

  app.get('/healthz', async (c) => c.json({ ok: true, ledger: await store.counts() }));
  app.get('/openapi.json', (c) => c.json(openApiDocument({ ingest: Boolean(opts.token), version: opts.version ?? '0' })));

  app.get('/api/events', async (c) => {
    return json(c, queryKey(c, 'events'), () => {
      const { filters, own } = parseQuery(c.req.query(), eventsQuerySchema);
      if (own.cursor !== undefined && own.offset !== undefined) throw new SitrepError(ERROR_CODES.USAGE, 'pass cursor or offset, not both');
      const start = own.cursor !== undefined ? decodeCursor(own.cursor) : { offset: own.offset ?? 0 };
      return { route: 'events', filters, page: { limit: own.limit, ...(own.candidates ? { candidates: true } : {}), ...start } };
    });
  });

  app.get('/api/events/:id', async (c) => {
    const id = c.req.param('id');
    return json(c, `event/${id}`, () => ({ route: 'event', id: idSchema.parse(id) }));
  });

  app.get('/api/documents/:id', async (c) => {
    const doc = await store.document(idSchema.parse(c.req.param('id')));
    if (!doc) throw notFound('such document');
    const events = await store.events({ documentIds: [doc.id] });
    return c.json({ ...documentView(doc), events: events.map(eventView) });
  });

  app.get('/api/stats', async (c) => {
    return json(c, queryKey(c, 'stats'), () => ({ route: 'stats', filters: parseQuery(c.req.query(), noOwnParams).filters }));
  });

  app.get('/api/export', async (c) => {
    const { filters, own } = parseQuery(c.req.query(), exportQuerySchema);
    const format = EXPORT_FORMATS[own.format];
    const chunks = await exportChunks(store, own.format, filters);
    c.header('Content-Type', format.contentType);
    c.header('Content-Disposition', `attachment; filename="sitrep-events.${format.extension}"`);
    return stream(c, async (s) => {
      for await (const chunk of chunks) await s.write(chunk);
    });
  });

  if (opts.token) {
    const limit = bodyLimit({
      maxSize: MAX_DOCUMENT_CHARS * 2,
      onError: () => {
        throw new SitrepError(ERROR_CODES.TOO_LARGE, `the body is larger than ${MAX_DOCUMENT_CHARS * 2} bytes`);
      },
    });
    const auth = bearerAuth({ token: opts.token });
    const version = pipelineVersion();
    const uploads = opts.queue ? undefined : (opts.uploads ?? new Uploads(store, new DocumentRunner(), version));
    app.post('/api/documents', auth, limit, async (c) => {
      const result = await ingestBody(store, new Uint8Array(await c.req.arrayBuffer()), { queue: opts.queue, uploads, pipelineVersion: version });
      if (result.status) c.header('Location', result.status);
      return c.json(result, result.outcome === 'new' ? 201 : result.outcome === 'queued' ? 202 : 200);
    });
    // A posted document's status: from the uploads while they remember it, else from the ledger.
    app.get('/api/uploads/:hash', auth, async (c) => {
      const hash = c.req.param('hash');
      if (!/^[0-9a-f]{64}$/.test(hash)) throw new SitrepError(ERROR_CODES.USAGE, 'an upload is named by its sha256, 64 hex digits');
      const known = uploads?.status(hash);
      if (known) return c.json(known);
      const state = await store.documentState(hash);
      if (!state) throw notFound(`upload ${uploadStatusPath(hash)}`);
      const status: UploadStatus = {
        hash,
        status: state.status === 'ok' ? 'done' : state.status === 'failed' ? 'failed' : 'queued',
        documentId: state.documentId,
        events: state.events,
        error: null,
      };
      return c.json(status);
    });
  }

  if (opts.web?.size) {
    const web = opts.web;
    app.get('*', (c) => {
      // Paths without a file (/event/12) are the app's own routes: serve its page and let it route.
      const file = web.get(c.req.path) ?? (c.req.path.startsWith('/api/') ? undefined : web.get('/index.html'));
      if (!file) throw notFound(`route ${c.req.path}`);
      c.header('Content-Type', file.type);
      c.header('Cache-Control', file.immutable ? 'public, max-age=31536000, immutable' : 'no-cache');
      return c.body(file.body as Uint8Array<ArrayBuffer>);
    });
  }
  return app;
}
