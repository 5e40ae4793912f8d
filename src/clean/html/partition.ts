// Sorts the page's blocks into article paragraphs, captions, related headlines and removed chrome, given
// the article region chosen by select.ts.
import type { Block, Box } from './walk.js';
import type { ChromeField } from './select.js';
import { judgeBlock } from './block-rules.js';

export interface Partition {
  paragraphs: Block[];
  captions: string[];
  related: string[];
  removed: string[];
  /** Short texts that looked like bylines or datelines (for metadata). */
  bylines: string[];
  /** Texts of blocks whose class says author/byline (for metadata). */
  authorLines: string[];
}

const MAX_LISTED = 200;
const SNIPPET = 80;

/** Which blocks lie in the article: those inside the region's boxes (every unmarked box when there is no region). */
export function inRegion(boxes: readonly Box[], region: ReadonlySet<Box> | null, field: ChromeField): (block: Block) => boolean {
  const inside = new Uint8Array(boxes.length);
  for (const box of boxes) {
    if (region === null ? box[field] === null : region.has(box) || (box.parent !== null && inside[box.parent.index] === 1)) {
      inside[box.index] = 1;
    }
  }
  return (block) => inside[block.box.index] === 1;
}

/** Which blocks lie in the article: those from..to in document order. */
export function inRun(from: number, to: number): (block: Block) => boolean {
  return (block) => block.index >= from && block.index <= to;
}

export function partitionBlocks(blocks: readonly Block[], inArticle: (block: Block) => boolean, field: ChromeField): Partition {
  const out: Partition = { paragraphs: [], captions: [], related: [], removed: [], bylines: [], authorLines: [] };
  const add = (list: string[], text: string, cut = true): void => {
    if (list.length < MAX_LISTED) list.push(cut && text.length > SNIPPET ? `${text.slice(0, SNIPPET - 1)}…` : text);
  };
  for (const block of blocks) {
    const chrome = block.box[field];
    if (chrome === 'byline' && out.authorLines.length < 20 && block.text.length < 120 && isAuthorBox(block.box)) out.authorLines.push(block.text);
    const linkHeavy = block.linkLen > block.text.length * 0.5;
    if (!inArticle(block)) {
      if (chrome === 'caption') add(out.captions, block.text, false);
      else if (chrome === 'byline') add(out.bylines, block.text, false);
      else if (linkHeavy && (chrome === 'related' || block.kind === 'li' || block.kind === 'heading')) add(out.related, block.text, false);
      else add(out.removed, block.text);
      continue;
    }
    if (chrome !== null) {
      if (chrome === 'caption') add(out.captions, block.text, false);
      else if (chrome === 'related') add(out.related, block.text, false);
      else if (chrome === 'byline') add(out.bylines, block.text, false);
      else add(out.removed, block.text);
      continue;
    }
    if (block.tag === 'h1' || block.tag === 'figcaption') {
      add(block.tag === 'h1' ? out.removed : out.captions, block.text);
      continue;
    }
    if (linkHeavy && block.text.length < 300) {
      add(block.kind === 'li' || block.kind === 'heading' ? out.related : out.removed, block.text);
      continue;
    }
    const rule = judgeBlock(block.text);
    if (rule !== null) {
      const list = { removed: out.removed, related: out.related, byline: out.bylines, caption: out.captions }[rule.verdict];
      add(list, block.text, rule.verdict === 'removed');
      continue;
    }
    out.paragraphs.push(block);
  }
  dropTrailingHeadings(out);
  return out;
}

/** A heading with no text after it introduces something that was removed ("Related stories"). */
function dropTrailingHeadings(out: Partition): void {
  while (out.paragraphs.length > 0 && out.paragraphs[out.paragraphs.length - 1]!.kind === 'heading') {
    out.removed.push(out.paragraphs.pop()!.text.slice(0, SNIPPET));
  }
}

const AUTHOR_CLASS = /author|byline|writer|contributor/;

function isAuthorBox(box: Box): boolean {
  return AUTHOR_CLASS.test(box.classId) || (box.parent !== null && AUTHOR_CLASS.test(box.parent.classId));
}
