// Finds the article's container: paragraph-like blocks score their ancestors (readability's scheme:
// commas and length, parent full, grandparent half, great-grandparent a sixth), scores are discounted by
// link density, and the best container is widened to its parent when the text is split between siblings.
import type { Block, Box } from './walk.js';
import { SCORED_KINDS } from './tags.js';
import { POSITIVE_CLASS, NEGATIVE_CLASS } from './hints.js';

const TAG_BONUS: Readonly<Record<string, number>> = {
  div: 5, article: 8, main: 5, section: 3, pre: 3, td: 3, blockquote: 3,
  address: -3, ol: -3, ul: -3, dl: -3, dd: -3, dt: -3, li: -3, form: -3, h1: -5, h2: -5, h3: -5, h4: -5, th: -5,
};
const LEVEL_DIVIDER = [1, 2, 6];
const MIN_BLOCK_CHARS = 25;
/** How far up the tree the article box may move (bounded: pages can nest 100k deep). */
const MAX_CLIMB = 12;

export type ChromeField = 'chrome' | 'hardChrome';

/** The set of boxes whose blocks form the article, or null when nothing looks like prose. */
export function selectRegion(boxes: readonly Box[], blocks: readonly Block[], field: ChromeField): Set<Box> | null {
  for (const b of boxes) {
    b.score = 0;
    b.candidate = false;
  }
  const candidates: Box[] = [];
  for (const block of blocks) {
    if (block.box[field] !== null || !SCORED_KINDS.has(block.kind) || block.text.length < MIN_BLOCK_CHARS) continue;
    const score = 1 + countCommas(block.text) + Math.min(Math.floor(block.text.length / 100), 3);
    let anc = block.box.parent;
    for (let level = 0; level < LEVEL_DIVIDER.length && anc && anc.tag !== 'root'; level++, anc = anc.parent) {
      if (!anc.candidate) {
        anc.candidate = true;
        anc.score = initialScore(anc);
        candidates.push(anc);
      }
      anc.score += score / LEVEL_DIVIDER[level]!;
    }
  }
  if (candidates.length === 0) return null;
  let top = candidates[0]!;
  for (const c of candidates) {
    c.score *= 1 - linkDensity(c);
    if (c.score > top.score) top = c;
  }
  top = widen(top, candidates);
  return withSiblings(top, boxes);
}

function initialScore(box: Box): number {
  return (TAG_BONUS[box.tag] ?? 0) + classWeight(box.classId);
}

export function classWeight(classId: string): number {
  if (classId === '') return 0;
  let w = 0;
  if (NEGATIVE_CLASS.test(classId)) w -= 25;
  if (POSITIVE_CLASS.test(classId)) w += 25;
  return w;
}

export function linkDensity(box: Box): number {
  return box.textLen === 0 ? 0 : box.linkLen / box.textLen;
}

function countCommas(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 44 || c === 0xff0c || c === 0x3001 || c === 0x60c) n++;
  }
  return n;
}

/** Moves up when the best box's ancestors hold much of the same prose (the article is split in parts). */
function widen(top: Box, candidates: readonly Box[]): Box {
  // Readability: if three of the five best candidates share an ancestor, that ancestor is the article.
  const best = [...candidates].sort((a, b) => b.score - a.score).slice(0, 5);
  const rivals = best.filter((c) => c !== top && c.score >= top.score * 0.75);
  if (rivals.length >= 2) {
    let climbed = 0;
    for (let anc = top.parent; anc && anc.tag !== 'root' && anc.tag !== 'body' && climbed++ < MAX_CLIMB; anc = anc.parent) {
      let holds = 0;
      for (const r of rivals) if (isAncestor(anc, r)) holds++;
      if (holds >= 2) {
        top = anc;
        break;
      }
    }
  }
  let last = top.score;
  const threshold = last / 3;
  for (let p = top.parent; p && p.tag !== 'root' && p.tag !== 'body'; p = p.parent) {
    if (!p.candidate) continue;
    if (p.score < threshold) break;
    if (p.score > last) {
      top = p;
      break;
    }
    last = p.score;
  }
  while (top.parent && top.parent.tag !== 'root' && top.parent.tag !== 'body' && top.parent.childCount === 1) {
    top = top.parent;
  }
  return top;
}

function isAncestor(anc: Box, box: Box): boolean {
  let climbed = 0;
  for (let b = box.parent; b && climbed++ < MAX_CLIMB * 2; b = b.parent) if (b === anc) return true;
  return false;
}

/** Readability's sibling rule: siblings of the article box that score well or read like prose join it. */
function withSiblings(top: Box, boxes: readonly Box[]): Set<Box> {
  const region = new Set<Box>([top]);
  const parent = top.parent;
  if (!parent) return region;
  const threshold = Math.max(10, top.score * 0.2);
  for (let i = parent.index + 1; i < boxes.length; i++) {
    const sib = boxes[i]!;
    if (sib.parent !== parent) continue;
    if (sib === top || sib.chrome !== null) continue;
    const bonus = top.classId !== '' && sib.classId === top.classId ? top.score * 0.2 : 0;
    if (sib.candidate && sib.score + bonus >= threshold) region.add(sib);
    else if (sib.tag === 'p' && sib.textLen > 80 && linkDensity(sib) < 0.25) region.add(sib);
  }
  return region;
}
