// `sitrep ingest --published DATE`: the caller's publication date for the files, pages and stdin read.
// A .jsonl line keeps its own "published"; a page's own date gives way, as it does to any caller-given
// date (the caller says when the page came out).
import { ERROR_CODES, SitrepError } from '../errors.js';
import { ISO_DATE } from './document.js';
import type { SourceItem } from './source.js';

/** The option's value, checked: an ISO date or date-time. */
export function givenPublishedOf(value: unknown): string | null {
  if (value === undefined) return null;
  const text = String(value).trim();
  if (!ISO_DATE.test(text) || Number.isNaN(Date.parse(text.slice(0, 10)))) {
    throw new SitrepError(ERROR_CODES.USAGE, `--published takes an ISO date or date-time: 2023-06-06 or 2023-06-06T06:00:00Z (got "${text}")`);
  }
  return text;
}

export async function* withGivenPublished(items: AsyncIterable<SourceItem>, published: string | null): AsyncGenerator<SourceItem> {
  for await (const item of items) {
    if (published === null || !('document' in item) || item.document.container === 'jsonl' || item.document.givenPublished) yield item;
    else yield { document: { ...item.document, givenPublished: published } };
  }
}
