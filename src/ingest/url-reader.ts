// URLs to SourceItems: each page fetched (a few at a time, yielded in the order given) and turned into a
// document; a URL that cannot be fetched or is not a page becomes a typed failure and the rest goes on.
import { asSitrepError } from '../errors.js';
import type { HttpClient } from './http-fetch.js';
import { mapOrdered } from './ordered-map.js';
import type { SourceItem } from './source.js';
import { pageDocument } from './url-source.js';

/** Pages fetched at once by default: enough to hide network latency behind annotation, polite to one site. */
export const DEFAULT_FETCH_CONCURRENCY = 4;

export interface FetchPagesOptions {
  concurrency?: number | undefined;
  signal?: AbortSignal | undefined;
}

export async function fetchPageItem(client: HttpClient, url: string, signal?: AbortSignal, givenPublished: string | null = null): Promise<SourceItem> {
  try {
    return { document: pageDocument(await client.get(url, { signal }), givenPublished) };
  } catch (err) {
    return { failure: { where: url, error: asSitrepError(err) } };
  }
}

export function fetchPages(client: HttpClient, urls: readonly string[], opts: FetchPagesOptions = {}): AsyncGenerator<SourceItem> {
  return mapOrdered(urls, opts.concurrency ?? DEFAULT_FETCH_CONCURRENCY, (url) => fetchPageItem(client, url, opts.signal));
}
