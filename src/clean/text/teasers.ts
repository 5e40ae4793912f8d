// A line inside the article that is a link to another story. It is headline-shaped, written like a
// headline ("Topic: ‘quoted words’"), and, unlike a section heading, the paragraph under it does not
// take up its words ("Kadyrov threatens" is followed by a paragraph about Kadyrov's threats).
import type { ClassifiedLine } from './classify.js';
import { HEADLINE_PREFIX } from './rules/related.js';

/** "Topic: headline"; a heading with a bracketed gloss ("Southern axis: (Objective: …)") is a heading. */
const TOPIC_HEADLINE = /^[^:()]{2,60}:\s+[^\s(].{8,}$/u;
/** A heading shares at least this share of its content words with the paragraph under it. */
const HEADING_OVERLAP = 0.4;

const contentWords = (text: string) =>
  new Set((text.toLowerCase().match(/\p{L}{4,}/gu) ?? []).map((w) => w.slice(0, 6)));

/** Share of the line's content words (compared by their first six letters) found in the next text. */
export function overlap(line: string, next: string): number {
  const words = contentWords(line);
  if (words.size === 0) return 0;
  const there = contentWords(next);
  let hits = 0;
  for (const w of words) if (there.has(w)) hits++;
  return hits / words.size;
}

export function isInlineTeaser(line: ClassifiedLine, next: ClassifiedLine | undefined): boolean {
  // A teaser is short and stands between paragraphs.
  if (!line.headline || line.prose || line.words < 5 || !next) return false;
  const text = line.text.text;
  if (/^[–—-]/u.test(text) || /\)$/u.test(text) || !TOPIC_HEADLINE.test(text)) return false;
  return overlap(text, next.text.text) < HEADING_OVERLAP;
}

/** The headline of a teaser line, without its "See also:" prefix. */
export function teaserHeadline(text: string): string {
  return text.replace(HEADLINE_PREFIX, '').trim();
}
