// A LanguagePack from one East Slavic language's data: the shared readers of this folder, set with its lists.
// The events stage is handed in by the language's folder (its trigger rules are its own).
import type { AnnotatedDocument } from '../../annotate/types.js';
import type { SitrepEvent } from '../../events/types.js';
import type { LanguagePack } from '../pack.js';
import { slavicAnnotate } from './annotate.js';
import type { SlavicLanguage } from './language.js';
import { slavicFindDates } from './time.js';

export type ExtractEvents = (doc: AnnotatedDocument) => { events: SitrepEvent[]; candidates: SitrepEvent[] };

/** For a language whose event rules are not written yet: the document is annotated and yields no events. */
export const noEvents: ExtractEvents = () => ({ events: [], candidates: [] });

export function slavicPack(lang: SlavicLanguage, extractEvents: ExtractEvents): LanguagePack {
  return {
    code: lang.code,
    name: lang.name,
    findDates: (text) => slavicFindDates(text, lang),
    annotate: slavicAnnotate(lang),
    extractEvents,
  };
}
