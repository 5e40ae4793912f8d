// One streaming pass over the page (htmlparser2 callbacks, no DOM, no recursion: 100k-deep nesting must
// not overflow the stack). It cuts the page into text blocks, each attached to the box (block-level
// element) that holds it, sums text and link lengths per box, marks chrome by tag/role/class, and collects
// the metadata elements.
import { Parser, type Handler } from 'htmlparser2';
import { NO_TEXT_TAGS, BLOCK_TAGS, BLOCK_KIND, type BlockKind } from './tags.js';
import { chromeOf, isHidden, type ChromeVerdict } from './chrome.js';
import type { ChromeKind } from './hints.js';
import { PageFacts, type Capture } from '../metadata/facts.js';
import { limitNesting, MAX_DEPTH } from './depth-guard.js';
import { collapseSpace } from './collapse-space.js';

export interface Box {
  index: number;
  tag: string;
  parent: Box | null;
  /** Number of child boxes. */
  childCount: number;
  /** "class id", lower-cased. */
  classId: string;
  /** Chrome kind by any rule, inherited from the nearest marked ancestor (settled after the walk). */
  chrome: ChromeKind | null;
  /** Chrome kind by tag, role or hidden state only (the fallback when class rules drop everything). */
  hardChrome: ChromeKind | null;
  /** Chrome kind inherited without the most-of-the-page excuse: what the markup itself says. */
  markedChrome: ChromeKind | null;
  /** The element's own verdicts, before inheritance. */
  ownChrome: ChromeKind | null;
  ownHardChrome: ChromeKind | null;
  textLen: number;
  linkLen: number;
  score: number;
  candidate: boolean;
}

export interface Block {
  text: string;
  kind: BlockKind;
  tag: string;
  box: Box;
  linkLen: number;
  /** Position in document order. */
  index: number;
}

export interface WalkResult {
  boxes: Box[];
  blocks: Block[];
  facts: PageFacts;
}

/** What closing an element must undo. */
const enum Frame {
  Inline,
  Block,
  Link,
  BlockLink,
  Skip,
}

class TooDeep extends Error {}

/**
 * Streams the page through htmlparser2's tokenizer (no DOM is built), cutting it into blocks and gathering
 * metadata. htmlparser2 keeps its open-element stack with Array#unshift, so parse time grows with the
 * square of the nesting depth; past MAX_DEPTH open elements the stream is stopped and the page is streamed
 * again with the deeper tags removed (depth-guard.ts).
 */
export function walkHtml(html: string): WalkResult {
  try {
    return stream(html, MAX_DEPTH);
  } catch (err) {
    if (!(err instanceof TooDeep)) throw err;
  }
  // The flattened page nests at most MAX_DEPTH deep (counting as limitNesting does): no second stop.
  return stream(limitNesting(html), Infinity);
}

function stream(html: string, maxDepth: number): WalkResult {
  const facts = new PageFacts();
  const root: Box = newBox(0, 'root', null, '', null, null);
  const boxes: Box[] = [root];
  const blocks: Block[] = [];
  const frames: Frame[] = [];
  /** Captures opened by each frame (parallel to frames; null for most). */
  const frameCaptures: Array<Capture[] | null> = [];
  const captures: Capture[] = [];
  let current = root;
  let buf = '';
  let bufLink = 0;
  let bufHasText = false;
  let linkDepth = 0;
  let skipDepth = 0;

  const flush = (): void => {
    if (!bufHasText) return;
    bufHasText = false;
    const text = collapseSpace(buf);
    const linkLen = Math.min(bufLink, text.length);
    buf = '';
    bufLink = 0;
    if (text.length === 0) return;
    current.textLen += text.length;
    current.linkLen += linkLen;
    blocks.push({ text, kind: BLOCK_KIND[current.tag] ?? 'text', tag: current.tag, box: current, linkLen, index: blocks.length });
  };

  const open = (frame: Frame, caps: Capture[] | null): void => {
    frames.push(frame);
    frameCaptures.push(caps);
    if (caps) captures.push(...caps);
  };

  const handler: Partial<Handler> = {
    onopentag(tag, attribs) {
      if (frames.length > maxDepth) throw new TooDeep();
      if (skipDepth > 0) {
        skipDepth++;
        open(Frame.Skip, null);
        return;
      }
      const caps = facts.visit(tag, attribs, current.index, false);
      const role = TAG_ROLE.get(tag);
      if (role === Role.NoText) {
        skipDepth++;
        open(Frame.Skip, caps);
        return;
      }
      if (role === Role.Break) {
        flush();
        open(Frame.Inline, caps);
        return;
      }
      const isLink = tag === 'a';
      if (role === Role.Block) {
        flush();
        const verdict: ChromeVerdict = chromeOf(attribs, tag);
        const box = newBox(boxes.length, tag, current, verdict.classId, verdict.kind, verdict.hardKind);
        boxes.push(box);
        current.childCount++;
        current = box;
        if (isLink) linkDepth++;
        open(isLink ? Frame.BlockLink : Frame.Block, caps);
        return;
      }
      if (isHidden(attribs)) {
        skipDepth++;
        open(Frame.Skip, caps);
        return;
      }
      if (isLink) linkDepth++;
      open(isLink ? Frame.Link : Frame.Inline, caps);
    },
    ontext(data) {
      for (const c of captures) c.add(data);
      if (skipDepth > 0) return;
      // White space before a block's first word would be trimmed anyway: skip it, and flushes stay cheap.
      if (!bufHasText) {
        if (!hasNonSpace(data)) return;
        bufHasText = true;
      }
      buf += data;
      if (linkDepth > 0) bufLink += data.trim().length;
    },
    onclosetag() {
      const frame = frames.pop();
      const caps = frameCaptures.pop();
      if (caps) captures.splice(captures.length - caps.length, caps.length);
      if (frame === Frame.Skip) skipDepth--;
      else if (frame === Frame.Link) linkDepth--;
      else if (frame === Frame.Block || frame === Frame.BlockLink) {
        if (frame === Frame.BlockLink) linkDepth--;
        flush();
        const parent = current.parent!;
        parent.textLen += current.textLen;
        parent.linkLen += current.linkLen;
        current = parent;
      }
    },
  };
  new Parser(handler).end(html);
  flush();
  settleChrome(boxes, facts);
  return { boxes, blocks, facts };
}

const enum Role {
  Inline,
  Block,
  NoText,
  Break,
}

/** One lookup per tag: what it is to the extractor (absent: inline). */
const TAG_ROLE: ReadonlyMap<string, Role> = new Map<string, Role>([
  ...[...BLOCK_TAGS].map((t): [string, Role] => [t, Role.Block]),
  ...[...NO_TEXT_TAGS].map((t): [string, Role] => [t, Role.NoText]),
  ['br', Role.Break],
  ['hr', Role.Break],
]);

function hasNonSpace(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c > 32 && c !== 160) return true;
  }
  return false;
}

function newBox(
  index: number,
  tag: string,
  parent: Box | null,
  classId: string,
  chrome: ChromeKind | null,
  hardChrome: ChromeKind | null,
): Box {
  return {
    index, tag, parent, childCount: 0, classId, chrome: null, hardChrome: null, markedChrome: null, ownChrome: chrome, ownHardChrome: hardChrome,
    textLen: 0, linkLen: 0, score: 0, candidate: false,
  };
}

/** An element holding at least this share of the page's text is the page, whatever its markup says. */
const MOST_OF_PAGE = 0.5;
const MIN_PAGE_CHARS = 500;

/**
 * Inherits chrome verdicts down the tree, now that text sizes are known: a wrapper marked as chrome
 * (an unclosed <aside>, a "newsletter" article, an anti-flicker hidden div) that holds most of the page's
 * text is not chrome. Boxes come in document order, so parents are settled before their children.
 */
function settleChrome(boxes: readonly Box[], facts: PageFacts): void {
  const total = boxes[0]!.textLen;
  for (const box of boxes) {
    const excused = total >= MIN_PAGE_CHARS && box.textLen >= total * MOST_OF_PAGE;
    box.chrome = box.parent?.chrome ?? (excused ? null : box.ownChrome);
    box.hardChrome = box.parent?.hardChrome ?? (excused ? null : box.ownHardChrome);
    box.markedChrome = box.parent?.markedChrome ?? box.ownChrome;
  }
  // Metadata asks where headings and times stand in the markup (a sidebar h1 is no headline).
  facts.settleChrome((index) => boxes[index]!.markedChrome);
}
