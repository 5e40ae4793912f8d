// A reader thread (read-pool.ts): answers ReadTasks from its own read-only connection to the SQLite
// ledger and posts back the JSON bytes (transferred, not copied) or the typed error.
import { parentPort, workerData } from 'node:worker_threads';
import { ERROR_CODES, asSitrepError } from '../../errors.js';
import { openSqliteReader } from '../../ledger/sqlite.js';
import { answerBytes, type ReadTask } from './answers.js';
import type { ReadReply } from './read-pool.js';

const store = openSqliteReader((workerData as { path: string }).path);
// A first read loads the schema and warms the connection before the pool reports this thread ready.
await store.events({ limit: 1 });
parentPort!.postMessage({ ready: true } satisfies ReadReply);
parentPort!.on('message', async ({ id, task }: { id: number; task: ReadTask }) => {
  let reply: ReadReply;
  try {
    reply = { id, body: await answerBytes(store, task) };
  } catch (err) {
    const e = asSitrepError(err, 'http');
    // The server logs a 5xx with the error's stack; this thread's stack is known only here.
    if (e.code === ERROR_CODES.INTERNAL || e.code === ERROR_CODES.STORE) console.error(`sitrep reader: ${(err as Error)?.stack ?? String(err)}`);
    reply = { id, error: { code: e.code, message: e.message } };
  }
  parentPort!.postMessage(reply, 'body' in reply ? [reply.body.buffer] : []);
});
