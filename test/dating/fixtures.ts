// Builds a repaired document from our own short texts, the way cleaning and repair would hand it over.
import { MappedText } from '../../src/text/mapped-text.js';
import type { FeedItem } from '../../src/clean/types.js';
import type { RepairedDocument } from '../../src/repair/types.js';

export function docOf(paragraphs: string[], opts: { published?: string | null; items?: Array<{ clock?: string; time?: string; text: string }> } = {}): RepairedDocument {
  const items: FeedItem[] = (opts.items ?? []).map((i) => ({
    time: i.time ?? null,
    timeSource: i.time ? 'page' : 'unknown',
    ...(i.clock ? { clock: i.clock } : {}),
    text: MappedText.identity(i.text),
  }));
  const published = opts.published ?? null;
  return {
    id: 'fixture', kind: 'text', source: paragraphs.join('\n\n'), title: null, titleText: null, byline: null,
    published, publishedSource: published ? 'page' : 'unknown',
    paragraphs: paragraphs.map((p) => MappedText.identity(p)), items, captions: [], related: [], removed: [], repairs: [],
  };
}
