// What each line is on the page, decided in ordered passes over the classified lines: feed items,
// title, byline, captions, teasers, the article body and its tail; anything left over is removed.
import type { ClassifiedLine } from './classify.js';
import type { ArticleSpan } from './article.js';
import { isInlineTeaser } from './teasers.js';
import { isTitleLike } from './signals.js';

export type LineRole = 'item' | 'title' | 'byline' | 'body' | 'caption' | 'related' | 'removed';

export interface PageLayout {
  lines: readonly ClassifiedLine[];
  itemLines: ReadonlySet<number>;
  article: ArticleSpan | null;
}

type Roles = Map<number, LineRole>;
type Pass = (page: PageLayout, roles: Roles) => void;

const free = (roles: Roles, i: number) => !roles.has(i);
/** Kinds that may stand between a title and the article: bylines, datelines, credits, captions. */
const TITLE_GAP = new Set(['byline', 'dateline', 'credit', 'caption', 'chrome', 'promo']);

const markItems: Pass = ({ itemLines }, roles) => {
  for (const i of itemLines) roles.set(i, 'item');
};

/**
 * The title: the longest headline in the article's head, else a headline just above the article, else
 * the page's first line when it stands alone like a headline (a live page with no article).
 */
const markTitle: Pass = ({ lines, article, itemLines }, roles) => {
  const first = lines[0];
  // With neither an article nor a feed, a lone headline is all the text there is: it is the body.
  if (!first || (!article && itemLines.size === 0)) return;
  const second = lines[1];
  const firstIsTitle = free(roles, 0) && first.headline && isTitleLike(first.text.text, first.words) && (!second || second.blankBefore || TITLE_GAP.has(second.kind));
  if (!article) {
    if (firstIsTitle) roles.set(0, 'title');
    return;
  }
  // In the article's head, the longest headline: a site name or a section label above it is shorter.
  let best = -1;
  for (let i = article.start; i < article.firstProse; i++) {
    const l = lines[i]!;
    if (free(roles, i) && l.headline && isTitleLike(l.text.text, l.words) && (best < 0 || l.words > lines[best]!.words)) best = i;
  }
  if (best >= 0) return void roles.set(best, 'title');
  // The title may sit above a short run of furniture ("Share", an ad slot) before the article.
  for (let i = article.start - 1, seen = 0; i >= 0 && seen < 4; i--, seen++) {
    const l = lines[i]!;
    if (!free(roles, i)) break;
    if (l.headline && isTitleLike(l.text.text, l.words)) return void roles.set(i, 'title');
    if (!TITLE_GAP.has(l.kind)) break;
  }
  // Else the page's first line, when it stands alone like a headline.
  if (firstIsTitle) roles.set(0, 'title');
};

/** The first byline near the article's head. */
const markByline: Pass = ({ lines, article }, roles) => {
  const last = article ? Math.min(lines.length - 1, article.firstProse + 3) : lines.length - 1;
  for (let i = 0; i <= last; i++) {
    if (free(roles, i) && lines[i]!.kind === 'byline') return void roles.set(i, 'byline');
  }
};

const markCaptions: Pass = ({ lines }, roles) => {
  for (const l of lines) if (free(roles, l.index) && l.kind === 'caption') roles.set(l.index, 'caption');
};

/** Prefixed teasers anywhere, and the headlines listed under a teaser marker. */
const markTeasers: Pass = ({ lines }, roles) => {
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    if (!free(roles, i)) continue;
    if (l.kind === 'teaser') roles.set(i, 'related');
    if (l.kind !== 'related-marker') continue;
    for (let j = i + 1; j < lines.length; j++) {
      const t = lines[j]!;
      if (!free(roles, j) || t.kind === 'caption' || t.kind === 'credit') continue;
      if (t.kind !== 'text' || !t.headline) break;
      roles.set(j, 'related');
    }
  }
};

const markBody: Pass = ({ lines, article }, roles) => {
  if (!article) {
    // No prose anywhere (a headline alone, a stub): whatever text there is is the body.
    for (const l of lines) if (free(roles, l.index) && l.kind === 'text') roles.set(l.index, 'body');
    return;
  }
  for (let i = article.firstProse; i <= article.lastProse; i++) {
    const l = lines[i]!;
    if (!free(roles, i) || l.kind !== 'text') continue;
    const next = lines.slice(i + 1).find((n) => n.prose);
    roles.set(i, isInlineTeaser(l, next) ? 'related' : 'body');
  }
};

/** Headlines right after the article are teasers of other stories. */
const markTail: Pass = ({ lines, article }, roles) => {
  if (!article) return;
  for (let i = article.lastProse + 1; i <= article.end; i++) {
    const l = lines[i]!;
    if (free(roles, i) && l.headline && l.words >= 4) roles.set(i, 'related');
  }
};

/** Kinds that are never body text, even on a page with nothing else. */
const NEVER_BODY = new Set(['clock', 'form', 'promo', 'chrome', 'related-marker']);

/**
 * A page whose every line looked like a caption or a teaser (a one-line note "Image 3: …") still has
 * something to say: with no body and no feed found, those lines are the body.
 */
const markFallbackBody: Pass = ({ lines }, roles) => {
  if ([...roles.values()].some((r) => r === 'body' || r === 'item')) return;
  for (const l of lines) {
    const role = roles.get(l.index);
    if (NEVER_BODY.has(l.kind) || (role && role !== 'caption' && role !== 'related')) continue;
    roles.set(l.index, 'body');
  }
};

export const ROLE_PASSES: readonly Pass[] = [
  markItems,
  markTitle,
  markByline,
  markCaptions,
  markTeasers,
  markBody,
  markTail,
  markFallbackBody,
];

export function assignRoles(page: PageLayout): LineRole[] {
  const roles: Roles = new Map();
  for (const pass of ROLE_PASSES) pass(page, roles);
  return page.lines.map((l) => roles.get(l.index) ?? 'removed');
}
