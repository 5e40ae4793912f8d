// One iterative pass over the parsed page (no recursion: 100k-deep nesting must not overflow the stack).
// It cuts the page into text blocks, each attached to the box (block-level element) that holds it, sums
// text and link lengths per box, marks chrome by tag/role/class, and collects the metadata elements.
import type { AnyNode, Element, Document } from 'domhandler';
import { NO_TEXT_TAGS, BLOCK_TAGS, BLOCK_KIND, type BlockKind } from './tags.js';
import { chromeOf, type ChromeVerdict } from './chrome.js';
import type { ChromeKind } from './hints.js';
import { PageFacts } from '../metadata/facts.js';

export interface Box {
  index: number;
  tag: string;
  parent: Box | null;
  children: Box[];
  /** "class id", lower-cased. */
  classId: string;
  /** Chrome kind by any rule, inherited from the nearest marked ancestor. */
  chrome: ChromeKind | null;
  /** Chrome kind by tag, role or hidden state only (the fallback when class rules drop everything). */
  hardChrome: ChromeKind | null;
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

const EXIT = Symbol('exit');
interface ExitMark {
  [EXIT]: true;
  box: Box | null;
  link: boolean;
}

export function walkPage(dom: Document): WalkResult {
  const facts = new PageFacts();
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

  const stack: Array<AnyNode | ExitMark> = [];
  for (let i = dom.children.length - 1; i >= 0; i--) stack.push(dom.children[i]!);
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (EXIT in node) {
      if (node.link) linkDepth--;
      if (node.box) {
        flush();
        const parent = node.box.parent!;
        parent.textLen += node.box.textLen;
        parent.linkLen += node.box.linkLen;
        current = parent;
      }
      continue;
    }
    if (node.type === 'text') {
      const data = (node as { data: string }).data;
      buf += data;
      if (linkDepth > 0) bufLink += data.trim().length;
      continue;
    }
    if (node.type !== 'tag' && node.type !== 'script' && node.type !== 'style') continue;
    const el = node as Element;
    const tag = el.name;
    facts.visit(el, current.chrome, current.index);
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
      const verdict: ChromeVerdict = chromeOf(el, tag);
      box = newBox(boxes.length, tag, current, verdict.classId, current.chrome ?? verdict.kind, current.hardChrome ?? verdict.hardKind);
      boxes.push(box);
      current.children.push(box);
      current = box;
    } else {
      // Inline elements can still be hidden or be a caption/credit span.
      const verdict = chromeOf(el, tag);
      if (verdict.hardKind === 'hidden') continue;
    }
    if (isLink) linkDepth++;
    if (box || isLink) stack.push({ [EXIT]: true, box, link: isLink });
    const kids = el.children;
    for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]!);
  }
  flush();
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
  return { index, tag, parent, children: [], classId, chrome, hardChrome, textLen: 0, linkLen: 0, score: 0, candidate: false };
}
