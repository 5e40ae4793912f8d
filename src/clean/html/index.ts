// HTML pages: one streaming pass (htmlparser2 callbacks, depth-guarded) that cuts the page into blocks and
// gathers metadata, a readability-style choice of the article container, then rules that sort blocks into body paragraphs,
// captions, related headlines and removed chrome. Live-blog updates become feed items.
import type { RawDocument } from '../../ingest/types.js';
import { MappedText } from '../../text/mapped-text.js';
import { SitrepError, ERROR_CODES } from '../../errors.js';
import type { CleanedDocument } from '../types.js';
import { walkHtml, type Block, type Box } from './walk.js';
import { selectRegion, type ChromeField } from './select.js';
import { partitionBlocks, inRegion, inRun, type Partition } from './partition.js';
import { densestRun } from './density.js';
import { findFeedItems } from './feed-items.js';
import { datelinesNearHeadline, labelledDatelines } from './datelines.js';
import { extractMetadata } from '../metadata/index.js';
import { dateRole } from '../metadata/date-role.js';

/** Below this much body text, the class rules are suspected of dropping the article. */
const THIN_BODY_CHARS = 250;
/** The densest run of prose replaces the chosen container when it holds this many times more text. */
const DENSITY_MARGIN = 2;

export function cleanHtml(raw: RawDocument): CleanedDocument {
  if (typeof raw.content !== 'string') throw new SitrepError(ERROR_CODES.BAD_DOCUMENT, 'html content must be a string', { id: raw.id });
  if (raw.content.trim() === '') throw new SitrepError(ERROR_CODES.EMPTY, 'the page is empty', { id: raw.id });
  const { boxes, blocks, facts } = walkHtml(raw.content);
  const part = extractBody(boxes, blocks);
  const datelines = [
    ...labelledDatelines(blocks),
    ...part.bylines.map((t) => dateRole(t)),
    ...part.paragraphs.slice(0, 4).filter((b) => b.text.length < 120).map((b) => dateRole(b.text, b.box.classId)),
  ];
  const meta = extractMetadata(facts, raw.url ?? null, {
    datelines,
    authorLines: part.authorLines,
    nearHeadline: (title) => datelinesNearHeadline(blocks, title, part.paragraphs[0]),
  });
  const feed = findFeedItems(boxes, blocks, facts, meta.jsonLd);
  const paragraphs = part.paragraphs.filter((b) => !feed.used.has(b) && !sameText(b.text, meta.title));
  return {
    id: raw.id,
    kind: 'html',
    source: raw.content,
    title: meta.title,
    titleText: null,
    byline: meta.byline,
    published: meta.published,
    publishedSource: meta.published ? 'page' : 'unknown',
    ...(meta.publishedEvidence ? { publishedEvidence: meta.publishedEvidence } : {}),
    siteName: meta.siteName,
    language: meta.language,
    canonicalUrl: meta.canonicalUrl,
    ...(raw.url !== undefined ? { url: raw.url } : {}),
    paragraphs: paragraphs.map((b) => MappedText.identity(b.text)),
    items: feed.items,
    captions: part.captions,
    related: part.related,
    removed: part.removed,
  };
}

function extractBody(boxes: Box[], blocks: Block[]): Partition {
  const tries: ChromeField[] = ['chrome', 'hardChrome'];
  let best: Partition | null = null;
  for (const field of tries) {
    const region = selectRegion(boxes, blocks, field);
    const part = partitionBlocks(blocks, inRegion(boxes, region, field), field);
    if (best === null || bodyChars(part) > bodyChars(best) * 3) best = part;
    if (bodyChars(best) >= THIN_BODY_CHARS) break;
  }
  return withDensityCheck(blocks, best!);
}

/**
 * The chosen container is checked against the page's densest run of prose (density.ts), a strategy that
 * reads neither class names nor the tree: when the container holds far less text than that run (it was a
 * byline, a date line, a footer, one section of several), the run is the better-supported article.
 */
function withDensityCheck(blocks: Block[], chosen: Partition): Partition {
  const run = densestRun(blocks);
  const have = bodyChars(chosen);
  if (run === null || have * DENSITY_MARGIN >= run.proseChars) return chosen;
  const dense = partitionBlocks(blocks, inRun(run.from, run.to), 'hardChrome');
  return bodyChars(dense) > have * DENSITY_MARGIN ? dense : chosen;
}

function bodyChars(p: Partition): number {
  let n = 0;
  for (const b of p.paragraphs) n += b.text.length;
  return n;
}

function sameText(a: string, b: string | null): boolean {
  return b !== null && a.length === b.length && a === b;
}
