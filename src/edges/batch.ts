// The JSONL batch: one output line per input line, in order. A bad line or a failing document gets an
// error line and the batch goes on. Lines end where `sitrep ingest` ends them (LineSplitter), and each
// document runs within its budget of size and time (document-runner.ts).
import type { Readable, Writable } from 'node:stream';
import { once } from 'node:events';
import { ERROR_CODES, SitrepError, asSitrepError } from '../errors.js';
import { decodeUtf8 } from '../ingest/decode.js';
import { documentIdOf, toRawDocument } from '../ingest/document.js';
import { streamLines } from '../ingest/jsonl.js';
import type { RawDocument } from '../ingest/types.js';
import { errorLine, type ContractLine, type ContractOptions } from '../contract/line.js';
import { DocumentRunner, type DocumentBudget } from './document-runner.js';

export interface BatchSummary {
  lines: number;
  documents: number;
  failed: number;
  ms: number;
}

/** The document a line holds, or the error line it gets (not JSON, not a document). */
export function documentOfLine(line: string, lineNo: number): { raw: RawDocument } | { failed: ContractLine } {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (err) {
    return { failed: errorLine(null, new SitrepError(ERROR_CODES.BAD_JSON, `line ${lineNo}: not valid JSON (${(err as Error).message})`), lineNo) };
  }
  try {
    return { raw: toRawDocument(value) };
  } catch (err) {
    return { failed: errorLine(documentIdOf(value), asSitrepError(err), lineNo) };
  }
}

export async function annotateStream(
  input: Readable,
  output: Writable,
  opts: { onError?: (line: ContractLine) => void; budget?: Partial<DocumentBudget>; contract?: ContractOptions } = {},
): Promise<BatchSummary> {
  const t0 = performance.now();
  const summary: BatchSummary = { lines: 0, documents: 0, failed: 0, ms: 0 };
  const runner = new DocumentRunner(opts.budget);
  runner.warm();
  try {
    for await (const { line: lineNo, bytes } of streamLines(input as AsyncIterable<Uint8Array>)) {
      summary.lines = lineNo;
      const text = decodeUtf8(bytes);
      if (!text.trim()) continue;
      summary.documents++;
      const doc = documentOfLine(text, lineNo);
      let out: ContractLine;
      if ('failed' in doc) out = doc.failed;
      else {
        try {
          out = await runner.run(doc.raw, opts.contract);
        } catch (err) {
          out = errorLine(doc.raw.id, asSitrepError(err), lineNo);
        }
      }
      if (out.error) {
        summary.failed++;
        opts.onError?.(out);
      }
      if (!output.write(JSON.stringify(out) + '\n')) await once(output, 'drain');
    }
  } finally {
    await runner.close();
  }
  summary.ms = performance.now() - t0;
  return summary;
}
