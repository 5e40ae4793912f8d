// HTML pages: the text of <p> elements outside obvious chrome, and the <title>.
import { parseDocument } from 'htmlparser2';
import { textContent, getElementsByTagName } from 'domutils';
import type { RawDocument } from '../../ingest/types.js';
import { MappedText } from '../../text/mapped-text.js';
import type { CleanedDocument } from '../types.js';

export function cleanHtml(raw: RawDocument): CleanedDocument {
  const dom = parseDocument(raw.content);
  const title = getElementsByTagName('title', dom, true, 1)[0];
  const paragraphs = getElementsByTagName('p', dom, true)
    .map((p) => textContent(p).replace(/\s+/g, ' ').trim())
    .filter((t) => t.length > 0)
    .map((t) => MappedText.identity(t));
  return {
    id: raw.id,
    kind: 'html',
    source: raw.content,
    title: title ? textContent(title).trim() : null,
    titleText: null,
    byline: null,
    published: null,
    publishedSource: 'unknown',
    url: raw.url,
    paragraphs,
    items: [],
    captions: [],
    related: [],
    removed: [],
  };
}
