// The English pack: the stages as built so far, all of them for English. Its words live beside the code
// that reads them, each list a module a new pack supplies its own of:
//   time words (months, weekdays, numbers, units)   facts/time-words.ts, annotate/time/rules/
//   place cues ("in", "near", "oblast", street words) annotate/places/cues.ts
//   people, organisations, titles                    facts/actors/, annotate/entities/
//   event triggers, casualty words, sides            events/rules/, events/lexicon/
//   the tokenizer and tagger                         wink-eng-lite-web-model (annotate/sentences/)
import { annotate } from '../../annotate/index.js';
import { findTimexes } from '../../annotate/time/index.js';
import { extractEvents } from '../../events/index.js';
import { MappedText } from '../../text/mapped-text.js';
import type { LanguagePack } from '../pack.js';

export const english: LanguagePack = {
  code: 'en',
  name: 'English',
  // The time tagger on a bare text with no report time, so only what the text pins down gets a value.
  findDates: (text) => findTimexes({ kind: 'body', text: MappedText.identity(text), reportTime: null }, [], 'dating'),
  annotate,
  extractEvents,
};
