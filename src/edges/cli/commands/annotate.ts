// sitrep annotate: the batch contract, JSON Lines in, JSON Lines out.
import { createWriteStream } from 'node:fs';
import type { Readable, Writable } from 'node:stream';
import { finished } from 'node:stream/promises';
import { ERROR_CODES, SitrepError } from '../../../errors.js';
import { DEFAULT_BUDGET, type DocumentBudget } from '../../document-runner.js';
import { EXIT } from '../exit-codes.js';
import type { Command } from '../command.js';
import { openInput } from '../io.js';

/** The per-document budget's options, for annotate and ingest. */
export const BUDGET_OPTIONS = { 'max-seconds': { type: 'string' }, 'max-chars': { type: 'string' } } as const;
export const BUDGET_HELP =
  `  --max-seconds: the most one document may take; past it the document gets an over_budget error (default ${DEFAULT_BUDGET.maxMs / 1000})\n` +
  `  --max-chars: the longest document taken; a longer one gets a too_large error (default ${DEFAULT_BUDGET.maxChars})`;

export const annotateCommand: Command = {
  name: 'annotate',
  summary: 'JSON Lines documents in, one JSON line of annotations and events out per document',
  usage: `sitrep annotate [--input FILE] [--output FILE] [--max-seconds S] [--max-chars N] [--candidates] [--quiet]\n${BUDGET_HELP}\n  --candidates  also write the events below the learned decision's threshold ("candidates") and every event's features`,
  options: {
    ...BUDGET_OPTIONS,
    input: { type: 'string', short: 'i' },
    output: { type: 'string', short: 'o' },
    quiet: { type: 'boolean', short: 'q' },
    candidates: { type: 'boolean' },
  },
  async run({ values }, io) {
    const budget = budgetOf(values);
    const input = values.input ? await openInput(String(values.input)) : (io.stdin as Readable);
    const output = values.output ? createWriteStream(String(values.output)) : (io.stdout as Writable);
    // Loaded on use, so that other commands and --help start without loading the pipeline.
    const { annotateStream } = await import('../../batch.js');
    const summary = await annotateStream(input, output, {
      budget,
      contract: { candidates: !!values.candidates, features: !!values.candidates },
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

/** The per-document budget the options ask for (the defaults for what they leave out). */
export function budgetOf(values: Record<string, unknown>): Partial<DocumentBudget> {
  const budget: Partial<DocumentBudget> = {};
  const number = (name: string, ok: (n: number) => boolean, what: string) => {
    const n = Number(values[name]);
    if (!ok(n)) throw new SitrepError(ERROR_CODES.USAGE, `--${name} must be ${what}, not ${String(values[name])}`);
    return n;
  };
  if (values['max-seconds'] !== undefined) budget.maxMs = 1000 * number('max-seconds', (n) => Number.isFinite(n) && n > 0, 'a positive number of seconds');
  if (values['max-chars'] !== undefined) budget.maxChars = number('max-chars', (n) => Number.isInteger(n) && n > 0, 'a positive whole number');
  return budget;
}
