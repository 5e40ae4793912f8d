// Pointers to other stories: a marker line that opens a teaser list, or a teaser with its own prefix.
import type { LineRule } from './types.js';

export const RELATED_MARKER =
  /^(keep reading|read (more|also|next)|also read|related( (articles?|stories|news|coverage|content|reading|topics))?|see also|more on (this|the) (topic|story|subject)|you (may|might) (also )?(like|be interested in)|recommended( for you| stories)?|more (stories|from [\w ]{2,30})|what to read next|further reading)\s*[:.…]*$/i;

/** A teaser with its own prefix; the headline is what follows the prefix. */
export const TEASER_PREFIX = /^(?:other (?:topics|stories|news) of interest|see also|read also|also read|read more|related|watch(?: the)? video|view video|see the video|video)\s*[:.\-–—]?\s+(?=\S)/i;

/** What a teaser's headline may carry in front of it: a prefix, or a video's running time ("1:02"). */
export const HEADLINE_PREFIX = new RegExp(`${TEASER_PREFIX.source}|^\\d{1,2}:\\d{2}\\s+(?=\\S)`, 'i');

export const RELATED_RULES: LineRule[] = [
  { name: 'teaser list marker', kind: 'related-marker', maxWords: 8, test: RELATED_MARKER },
  { name: 'media teaser', kind: 'teaser', maxWords: 25, test: (t) => /\s[–—-]\s*(video|audio|podcast|gallery)$/i.test(t) },
  { name: 'teaser block', kind: 'teaser', test: /^other (topics|stories|news) of interest\b/i },
  { name: 'prefixed teaser', kind: 'teaser', maxWords: 30, test: (t) => TEASER_PREFIX.test(t) && !/[.!?]["”’]?$/.test(t) },
];
