// The pipeline is ordered data: a list of named stages, each a typed function from one shape to the next.
// Running it times each stage (for `npm run bench`) and tags a failure with the stage it happened in.
import { asSitrepError } from './errors.js';
import type { RawDocument } from './ingest/types.js';
import { clean } from './clean/index.js';
import { repair } from './repair/index.js';
import { dateDocument, type FindDates } from './dating/index.js';
import { annotate } from './annotate/index.js';
import { findTimexes } from './annotate/time/index.js';
import { MappedText } from './text/mapped-text.js';
import { extractEvents } from './events/index.js';
import type { AnnotatedDocument } from './annotate/types.js';
import type { SitrepEvent } from './events/types.js';

/** Milliseconds spent per stage, summed over every document run with the same object. Stages with parts
 * of their own (annotate) add "stage:part" entries. */
export type StageTimings = Map<string, number>;

export interface Stage<I, O> {
  readonly name: string;
  run(input: I, timings?: StageTimings): O;
}

export class Pipeline<I, O> {
  private constructor(readonly stages: ReadonlyArray<Stage<unknown, unknown>>) {}

  static of<I, O>(stage: Stage<I, O>): Pipeline<I, O> {
    return new Pipeline<I, O>([stage as Stage<unknown, unknown>]);
  }

  then<N>(stage: Stage<O, N>): Pipeline<I, N> {
    return new Pipeline<I, N>([...this.stages, stage as Stage<unknown, unknown>]);
  }

  run(input: I, timings?: StageTimings): O {
    let value: unknown = input;
    for (const stage of this.stages) {
      const t0 = timings ? performance.now() : 0;
      try {
        value = stage.run(value, timings);
      } catch (err) {
        throw asSitrepError(err, stage.name);
      }
      if (timings) timings.set(stage.name, (timings.get(stage.name) ?? 0) + performance.now() - t0);
    }
    return value as O;
  }
}

export interface ProcessedDocument {
  doc: AnnotatedDocument;
  events: SitrepEvent[];
}

/** The English time tagger as the dating stage runs it: on a bare text, with no report time. */
export const findEnglishDates: FindDates = (text) => findTimexes({ kind: 'body', text: MappedText.identity(text), reportTime: null }, []);

export const pipeline = Pipeline.of({ name: 'clean', run: clean })
  .then({ name: 'repair', run: repair })
  .then({ name: 'date', run: (doc) => dateDocument(doc, findEnglishDates) })
  .then({ name: 'annotate', run: annotate })
  .then<ProcessedDocument>({ name: 'events', run: (doc) => ({ doc, events: extractEvents(doc) }) });

export function processDocument(raw: RawDocument, timings?: StageTimings): ProcessedDocument {
  return pipeline.run(raw, timings);
}
