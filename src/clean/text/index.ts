// Flattened text pages: blocks separated by blank lines; the first line is the title.
import type { RawDocument } from '../../ingest/types.js';
import { MappedText } from '../../text/mapped-text.js';
import type { CleanedDocument } from '../types.js';

export function cleanText(raw: RawDocument): CleanedDocument {
  const source = raw.content;
  const lines: MappedText[] = [];
  const re = /[^\n]+/g;
  for (let m = re.exec(source); m; m = re.exec(source)) {
    const line = MappedText.identity(m[0], m.index).trim();
    if (line.length) lines.push(line);
  }
  const [first, ...rest] = lines;
  return {
    id: raw.id,
    kind: 'text',
    source,
    title: first?.text ?? null,
    titleText: first ?? null,
    byline: null,
    published: null,
    publishedSource: 'unknown',
    url: raw.url,
    paragraphs: rest,
    items: [],
    captions: [],
    related: [],
    removed: [],
  };
}
