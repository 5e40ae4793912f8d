// The JSONL batch: one output line per input line, in order. A bad line or a failing document gets an
// error line and the batch goes on.
import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import { once } from 'node:events';
import { ERROR_CODES, SitrepError, asSitrepError } from '../errors.js';
import { toRawDocument } from '../ingest/document.js';
import { processDocument, type StageTimings } from '../pipeline.js';
import { contractLine, errorLine, type ContractLine } from '../contract/line.js';

export interface BatchSummary {
  lines: number;
  documents: number;
  failed: number;
  ms: number;
}

/** Processes one input line (already known not to be blank) into its output line. */
export function annotateLine(line: string, lineNo: number, timings?: StageTimings): ContractLine {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (err) {
    return errorLine(null, new SitrepError(ERROR_CODES.BAD_JSON, `line ${lineNo}: not valid JSON (${(err as Error).message})`), lineNo);
  }
  const id = typeof value === 'object' && value !== null && 'id' in value ? String((value as { id: unknown }).id) : null;
  try {
    return contractLine(processDocument(toRawDocument(value), timings));
  } catch (err) {
    return errorLine(id, asSitrepError(err), lineNo);
  }
}

export async function annotateStream(
  input: Readable,
  output: Writable,
  opts: { onError?: (line: ContractLine) => void; timings?: StageTimings } = {},
): Promise<BatchSummary> {
  const t0 = performance.now();
  const summary: BatchSummary = { lines: 0, documents: 0, failed: 0, ms: 0 };
  const rl = createInterface({ input, crlfDelay: Infinity });
  for await (const raw of rl) {
    summary.lines++;
    if (!raw.trim()) continue;
    summary.documents++;
    const out = annotateLine(raw, summary.lines, opts.timings);
    if (out.error) {
      summary.failed++;
      opts.onError?.(out);
    }
    if (!output.write(JSON.stringify(out) + '\n')) await once(output, 'drain');
  }
  summary.ms = performance.now() - t0;
  return summary;
}
