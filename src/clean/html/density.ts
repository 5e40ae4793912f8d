// A second, independent way to find the article: the densest run of prose in document order. Every block
// weighs its length when it reads like prose (long enough, few links, not in a nav/footer/aside element or
// hidden) and counts against the run otherwise; the run with the largest total (the maximum-subarray
// segmentation of Pasternack & Roth, "Extracting article text from the web with maximum subsequence
// segmentation", WWW 2009, on blocks rather than tokens) is the article. It ignores class names and the
// container tree, the two things the readability-style choice (select.ts) leans on, so when the class
// rules or the tree mislead that choice (a page builder whose every box is a "widget", an article cut into
// sibling sections), this still sees where the prose is.
import type { Block } from './walk.js';
import type { ChromeKind } from './hints.js';

/** Shorter blocks are no evidence of prose either way (headings, labels, "Advertisement"). */
const PROSE_CHARS = 60;
/** A short block between paragraphs costs this much: a few of them do not split an article. */
const SHORT_COST = 10;
const LINK_HEAVY = 0.5;
/**
 * Class verdicts the run does heed: comments are other people's prose, and a byline box holds a name and a
 * date, so prose marked as either is the comment thread that density alone would take for the article.
 */
const AGAINST: ReadonlySet<ChromeKind> = new Set(['comments', 'byline', 'newsletter']);

/** What a block says about prose being here: positive for prose, negative for chrome and link lists. */
export function proseWeight(block: Block): number {
  const len = block.text.length;
  if (block.box.hardChrome !== null || block.linkLen > len * LINK_HEAVY) return -len;
  if (block.box.chrome !== null && AGAINST.has(block.box.chrome)) return -len;
  if (block.kind === 'heading') return 0;
  if (len < PROSE_CHARS) return -SHORT_COST;
  return len;
}

export interface ProseRun {
  /** Index in the block list of the run's first and last block. */
  from: number;
  to: number;
  /** Characters of the prose blocks inside the run. */
  proseChars: number;
}

/** The run of blocks whose weights sum highest (Kadane), or null for a page without prose. */
export function densestRun(blocks: readonly Block[]): ProseRun | null {
  let best: ProseRun | null = null;
  let bestSum = 0;
  let sum = 0;
  let start = 0;
  for (let i = 0; i < blocks.length; i++) {
    const w = proseWeight(blocks[i]!);
    if (sum <= 0) {
      if (w <= 0) continue;
      sum = 0;
      start = i;
    }
    sum += w;
    if (sum > bestSum) {
      bestSum = sum;
      best = { from: start, to: i, proseChars: 0 };
    }
  }
  if (best === null) return null;
  for (let i = best.from; i <= best.to; i++) {
    const w = proseWeight(blocks[i]!);
    if (w > 0) best.proseChars += w;
  }
  return best;
}
