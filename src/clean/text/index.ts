// Flattened text pages (copy-pasted or scraped pages, newspaper3k texts): lines are classified by ordered
// rules, the article is found among them, and every line gets a role. Body paragraphs, the title and
// feed items are slices of the input, so offsets found on them point into the input text.
import type { RawDocument } from '../../ingest/types.js';
import type { CleanedDocument } from '../types.js';
import { splitLines } from './lines.js';
import { classifyLines, type ClassifiedLine } from './classify.js';
import { findItems } from './items.js';
import { findArticle } from './article.js';
import { assignRoles, type LineRole } from './roles.js';
import { readByline } from './byline.js';
import { dateInLine } from './dates.js';
import { foldForCompare } from './signals.js';
import { teaserHeadline } from './teasers.js';

export { splitLines } from './lines.js';
export { classifyLines } from './classify.js';

/** The page's own date: from the byline, else from the first dateline above the body's end. */
function pageDate(lines: readonly ClassifiedLine[], roles: readonly LineRole[]) {
  const lastBody = roles.lastIndexOf('body');
  for (const l of lines) {
    if (lastBody >= 0 && l.index > lastBody) break;
    const role = roles[l.index];
    if (role === 'item' || (role !== 'byline' && l.kind !== 'dateline')) continue;
    const date = dateInLine(l.text.text);
    if (date?.iso) return { iso: date.iso, line: l.text.text };
  }
  return null;
}

export function cleanText(raw: RawDocument): CleanedDocument {
  const source = raw.content;
  const lines = classifyLines(splitLines(source));
  const { items, lines: itemLines } = findItems(lines);
  const article = findArticle(lines, itemLines);
  const roles = assignRoles({ lines, itemLines, article });

  const doc: CleanedDocument = {
    id: raw.id,
    kind: 'text',
    source,
    title: null,
    titleText: null,
    byline: null,
    published: null,
    publishedSource: 'unknown',
    url: raw.url,
    paragraphs: [],
    items,
    captions: [],
    related: [],
    removed: [],
  };
  const seenCaptions = new Set<string>();
  for (const l of lines) {
    const text = l.text.text;
    switch (roles[l.index]) {
      case 'title':
        doc.title = text;
        doc.titleText = l.text;
        break;
      case 'byline':
        doc.byline = readByline(text);
        break;
      case 'body':
        doc.paragraphs.push(l.text);
        break;
      case 'caption': {
        const key = foldForCompare(text);
        if (seenCaptions.has(key)) doc.removed.push(text);
        else doc.captions.push(text);
        seenCaptions.add(key);
        break;
      }
      case 'related':
        doc.related.push(teaserHeadline(text));
        break;
      case 'removed':
        doc.removed.push(text);
        break;
      case 'item':
      case undefined:
        break;
    }
  }
  const found = pageDate(lines, roles);
  if (found) {
    doc.published = found.iso;
    doc.publishedSource = 'page';
    doc.publishedEvidence = found.line;
  }
  return doc;
}
