// A document thread (document-runner.ts): runs the pipeline on each RawDocument posted to it and posts
// back the contract line, or the typed error. It holds nothing between documents but the loaded models.
import { parentPort } from 'node:worker_threads';
import { asSitrepError } from '../errors.js';
import type { RawDocument } from '../ingest/types.js';
import { processDocument } from '../pipeline.js';
import { contractLine, type ContractOptions } from '../contract/line.js';
import type { ThreadReply } from './document-runner.js';
import { takeStepCounts } from '../text/step-counts.js';

parentPort!.on('message', ({ id, raw, contract }: { id: number; raw: RawDocument; contract?: ContractOptions }) => {
  let reply: ThreadReply;
  try {
    reply = { id, line: contractLine(processDocument(raw), contract) };
  } catch (err) {
    const e = asSitrepError(err);
    reply = { id, error: { code: e.code, message: e.message } };
  }
  // With --rules (SITREP_STEP_COUNTS), this document's step counts travel back with it; else nothing.
  const steps = takeStepCounts();
  parentPort!.postMessage(steps ? { ...reply, steps } : reply);
});
// Models, the gazetteer and the lexicons load on first use: one small document of our own loads them, so a
// document's time budget (which starts at "ready") is spent on that document alone.
processDocument({ id: 'warm-up', kind: 'text', content: 'Shelling damaged a school in Kherson on Monday, officials said. Two people were wounded.' });
takeStepCounts(); // the warm-up's steps are no corpus's
parentPort!.postMessage({ ready: true } satisfies ThreadReply);
