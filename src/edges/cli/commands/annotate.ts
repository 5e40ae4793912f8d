// sitrep annotate: the batch contract, JSON Lines in, JSON Lines out.
import { createWriteStream } from 'node:fs';
import type { Readable, Writable } from 'node:stream';
import { finished } from 'node:stream/promises';
import { EXIT } from '../exit-codes.js';
import type { Command } from '../command.js';
import { openInput } from '../io.js';

export const annotateCommand: Command = {
  name: 'annotate',
  summary: 'JSON Lines documents in, one JSON line of annotations and events out per document',
  usage: 'sitrep annotate [--input FILE] [--output FILE] [--candidates] [--quiet]\n\n  --candidates  also write the events below the learned decision\'s threshold ("candidates") and every event\'s features',
  options: {
    input: { type: 'string', short: 'i' },
    output: { type: 'string', short: 'o' },
    quiet: { type: 'boolean', short: 'q' },
    candidates: { type: 'boolean' },
  },
  async run({ values }, io) {
    const input = values.input ? await openInput(String(values.input)) : (io.stdin as Readable);
    const output = values.output ? createWriteStream(String(values.output)) : (io.stdout as Writable);
    // Loaded on use, so that other commands and --help start without loading the pipeline.
    const { annotateStream } = await import('../../batch.js');
    const summary = await annotateStream(input, output, {
      contract: { candidates: !!values.candidates },
      onError: (line) => {
        if (!values.quiet) io.stderr.write(`sitrep: ${line.id ?? `line ${line.error?.line}`}: ${line.error?.code}: ${line.error?.message}\n`);
      },
    });
    if (values.output) {
      output.end();
      await finished(output);
    }
    if (!values.quiet) {
      const rate = summary.documents / Math.max(summary.ms / 1000, 1e-9);
      io.stderr.write(`sitrep: ${summary.documents} documents, ${summary.failed} failed, ${(summary.ms / 1000).toFixed(2)} s (${rate.toFixed(1)} docs/s)\n`);
    }
    return summary.failed > 0 ? EXIT.SOME_DOCUMENTS_FAILED : EXIT.OK;
  },
};
