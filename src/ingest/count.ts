// How many documents an ingest will read, for the progress bar's total: a page file or URL is one, a
// .jsonl file one per line. Only worth its cost on a terminal, where someone watches the bar.
import { createReadStream } from 'node:fs';
import { readTargets } from './reader.js';

async function countLines(path: string): Promise<number> {
  let lines = 0;
  let lastByte = 0x0a;
  for await (const chunk of createReadStream(path) as AsyncIterable<Buffer>) {
    for (let i = chunk.indexOf(0x0a); i !== -1; i = chunk.indexOf(0x0a, i + 1)) lines++;
    if (chunk.length) lastByte = chunk[chunk.length - 1]!;
  }
  return lastByte === 0x0a ? lines : lines + 1;
}

/** The number of documents `paths` hold, or null when it cannot be told without reading them (stdin, gzip). */
export async function countDocuments(paths: readonly string[]): Promise<number | null> {
  let total = 0;
  for await (const target of readTargets(paths)) {
    if ('stdin' in target) return null;
    if ('file' in target && target.kind?.holds === 'jsonl') {
      if (target.kind.gzip) return null;
      // A file that cannot be read counts as one here; reading it reports the failure.
      total += await countLines(target.file).catch(() => 1);
    } else total++;
  }
  return total;
}
