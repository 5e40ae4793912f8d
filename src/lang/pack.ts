// What a language brings to the pipeline: the stages that read text in it. The language-neutral stages
// (clean, repair's whitespace, feed-item clocks) run on every document; a document whose language has no
// pack is cleaned and dated from its page only, and reported as not annotated (see index.ts).
import type { AnnotatedDocument } from '../annotate/types.js';
import type { FindDates } from '../dating/index.js';
import type { SitrepEvent } from '../events/types.js';
import type { RepairedDocument } from '../repair/types.js';
import type { LanguageCode } from './detect.js';

export interface LanguagePack {
  /** ISO 639-1. */
  readonly code: LanguageCode;
  /** The language's English name, for messages. */
  readonly name: string;
  /** The dating stage's reader of dates stated outright (month and weekday words, date patterns). */
  readonly findDates: FindDates;
  /** The annotate stage: sentences, times, places, people and organisations, with this language's lexicons and cues. */
  annotate(doc: RepairedDocument, timings?: Map<string, number>): AnnotatedDocument;
  /** The events stage: this language's trigger rules and argument readers. */
  extractEvents(doc: AnnotatedDocument): { events: SitrepEvent[]; candidates: SitrepEvent[] };
}
