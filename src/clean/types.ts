// What cleaning produces: the article and the other parts of the page, told apart.
import type { MappedText } from '../text/mapped-text.js';

export type PublishedSource = 'given' | 'page' | 'inferred' | 'unknown';

/** One update of a live blog or news feed, with its own time. */
export interface FeedItem {
  /** ISO date-time (local to the page, no zone) or date; null when the page gives none. */
  time: string | null;
  /** How the time was obtained: read whole from the page, or a clock time whose day was inferred. */
  timeSource: 'page' | 'inferred' | 'unknown';
  /** The clock time the page shows for the item ("22:53"), when it shows only a time of day. */
  clock?: string;
  text: MappedText;
}

export interface CleanedDocument {
  id: string;
  kind: 'text' | 'html';
  /** The input text (text input) or the page source (html input). */
  source: string;
  title: string | null;
  /** The title where it stands in the source (text input), for annotation; null for html or when absent. */
  titleText: MappedText | null;
  byline: string | null;
  /** ISO date or date-time. */
  published: string | null;
  publishedSource: PublishedSource;
  /** Why that date: the string or meta field it came from. */
  publishedEvidence?: string;
  siteName?: string | null;
  language?: string | null;
  canonicalUrl?: string | null;
  url?: string;
  /**
   * Body paragraphs (headings, list items and quotes are paragraphs too). For text input each maps into
   * the input text; for html input each maps into the page's text as extracted (offsets are rebased onto
   * document.body at output time).
   */
  paragraphs: MappedText[];
  items: FeedItem[];
  captions: string[];
  related: string[];
  removed: string[];
}
