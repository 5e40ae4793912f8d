// One iterative pass over the parsed page (no recursion: 100k-deep nesting must not overflow the stack).
// It cuts the page into text blocks, each attached to the box (block-level element) that holds it, sums
// text and link lengths per box, marks chrome by tag/role/class, and collects the metadata elements.
import type { AnyNode, Element, Document } from 'domhandler';
import { NO_TEXT_TAGS, BLOCK_TAGS, BLOCK_KIND, type BlockKind } from './tags.js';
import { chromeOf, isHidden, type ChromeVerdict, type ClassCache } from './chrome.js';
import type { ChromeKind } from './hints.js';
import { PageFacts } from '../metadata/facts.js';

export interface Box {
  index: number;
  tag: string;
  parent: Box | null;
  children: Box[];
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

/** Stack markers for leaving an element (shared objects: no allocation per element). */
const LEAVE_BOX = { leave: 'box' } as const;
const LEAVE_LINK = { leave: 'link' } as const;
const LEAVE_BOTH = { leave: 'both' } as const;
type LeaveMark = typeof LEAVE_BOX | typeof LEAVE_LINK | typeof LEAVE_BOTH;

export function walkPage(dom: Document): WalkResult {
  const facts = new PageFacts();
  const classCache: ClassCache = new Map();
  const root: Box = newBox(0, 'root', null, '', null, null);
  const boxes: Box[] = [root];
  const blocks: Block[] = [];
  let current = root;
  let buf = '';
  let bufLink = 0;
  let linkDepth = 0;

  const flush = (): void => {
    if (buf.length === 0) return;
    const text = buf.replace(/\s+/g, ' ').trim();
    const linkLen = Math.min(bufLink, text.length);
    buf = '';
    bufLink = 0;
    if (text.length === 0) return;
    current.textLen += text.length;
    current.linkLen += linkLen;
    blocks.push({ text, kind: BLOCK_KIND[current.tag] ?? 'text', tag: current.tag, box: current, linkLen, index: blocks.length });
  };

  const stack: Array<AnyNode | LeaveMark> = [];
  for (let i = dom.children.length - 1; i >= 0; i--) stack.push(dom.children[i]!);
  while (stack.length > 0) {
    const item = stack.pop()!;
    if (item === LEAVE_BOX || item === LEAVE_LINK || item === LEAVE_BOTH) {
      const node = item;
      if (node !== LEAVE_BOX) linkDepth--;
      if (node !== LEAVE_LINK) {
        flush();
        const parent = current.parent!;
        parent.textLen += current.textLen;
        parent.linkLen += current.linkLen;
        current = parent;
      }
      continue;
    }
    const node = item as AnyNode;
    if (node.type === 'text') {
      const data = (node as { data: string }).data;
      buf += data;
      if (linkDepth > 0) bufLink += data.trim().length;
      continue;
    }
    if (node.type !== 'tag' && node.type !== 'script' && node.type !== 'style') continue;
    const el = node as Element;
    const tag = el.name;
    facts.visit(el, current.index);
    if (NO_TEXT_TAGS.has(tag)) continue;
    if (tag === 'br' || tag === 'hr') {
      flush();
      continue;
    }
    const isBlock = BLOCK_TAGS.has(tag);
    const isLink = tag === 'a';
    let box: Box | null = null;
    if (isBlock) {
      flush();
      const verdict: ChromeVerdict = chromeOf(el, tag, classCache);
      box = newBox(boxes.length, tag, current, verdict.classId, verdict.kind, verdict.hardKind);
      boxes.push(box);
      current.children.push(box);
      current = box;
    } else {
      // Inline elements can still be hidden.
      if (isHidden(el)) continue;
    }
    if (isLink) linkDepth++;
    if (box || isLink) stack.push(box ? (isLink ? LEAVE_BOTH : LEAVE_BOX) : LEAVE_LINK);
    const kids = el.children;
    for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]!);
  }
  flush();
  settleChrome(boxes, facts);
  return { boxes, blocks, facts };
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
    index, tag, parent, children: [], classId, chrome: null, hardChrome: null, markedChrome: null, ownChrome: chrome, ownHardChrome: hardChrome,
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
