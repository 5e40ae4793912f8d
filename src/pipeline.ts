// The pipeline is ordered data: a list of named stages, each a typed function from one shape to the next.
// Running it times each stage (for `npm run bench`) and tags a failure with the stage it happened in.
import { asSitrepError } from './errors.js';
import type { RawDocument } from './ingest/types.js';
import { clean } from './clean/index.js';
import type { CleanedDocument } from './clean/types.js';
import { repair } from './repair/index.js';
import type { RepairedDocument } from './repair/types.js';
import { dateDocument } from './dating/index.js';
import { sectionsOf } from './annotate/index.js';
import type { AnnotatedDocument } from './annotate/types.js';
import type { SitrepEvent } from './events/types.js';
import { LANGUAGE_SAMPLE_CHARS, detectLanguage, packFor, type LanguageCode, type LanguagePack, type NotAnnotated } from './lang/index.js';

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
  /** The events the learned decision keeps. */
  events: SitrepEvent[];
  /** Candidates below the decision's threshold: kept on request (`annotate --candidates`), not shown by default. */
  candidates: SitrepEvent[];
  /** The language detected in the document's text (ISO 639-1, or 'und'). */
  language: LanguageCode;
  /** Set when no pack reads the document's language: it is cleaned, not annotated. */
  skipped?: NotAnnotated;
}

/** A document on its way through the stages, with the language it was found to be in and the pack that reads it. */
interface InLanguage<D> {
  doc: D;
  language: LanguageCode;
  pack: LanguagePack | null;
  skipped?: NotAnnotated;
}

function inLanguage(doc: CleanedDocument): InLanguage<CleanedDocument> {
  // The title and the first paragraphs: detection reads only the start of a text.
  let text = doc.title ?? '';
  for (const p of doc.paragraphs) {
    if (text.length >= LANGUAGE_SAMPLE_CHARS) break;
    text += `\n${p.text}`;
  }
  const language = detectLanguage(text).code;
  const choice = packFor(language);
  return choice.pack ? { doc, language, pack: choice.pack } : { doc, language, pack: null, skipped: choice.skipped };
}

/** Runs `stage` on the document, keeping its language. */
const keeping =
  <D, N>(stage: (doc: D, lang: InLanguage<D>, timings?: StageTimings) => N) =>
  (x: InLanguage<D>, timings?: StageTimings): InLanguage<N> => ({ ...x, doc: stage(x.doc, x, timings) });

/** A document no pack reads: its sections, with nothing found in them. */
function unannotated(doc: RepairedDocument): AnnotatedDocument {
  const sections = sectionsOf(doc).map((section) => ({ section, sentences: [], timexes: [], places: [], entities: [] }));
  return { ...doc, sections };
}

export const pipeline = Pipeline.of({ name: 'clean', run: clean })
  .then({ name: 'language', run: inLanguage })
  .then({ name: 'repair', run: keeping((doc, { language, pack }) => repair(doc, pack?.code ?? language)) })
  .then({ name: 'date', run: keeping((doc, { pack }) => dateDocument(doc, pack?.findDates ?? null)) })
  .then({ name: 'annotate', run: keeping((doc, { pack }, timings) => (pack ? pack.annotate(doc, timings) : unannotated(doc))) })
  .then<ProcessedDocument>({
    name: 'events',
    run: ({ doc, language, pack, skipped }) => ({ doc, ...(pack ? pack.extractEvents(doc) : { events: [], candidates: [] }), language, ...(skipped ? { skipped } : {}) }),
  });

export function processDocument(raw: RawDocument, timings?: StageTimings): ProcessedDocument {
  return pipeline.run(raw, timings);
}
