// Short texts near the article's headline that carry a year: where pages show the date they stand by
// ("Updated Dec 4, 2025", "March 1, 2024 · 5 min read"). Ordered by closeness to the headline; texts
// after it count as closer than texts before it (a date above the headline is often a section header).
import type { Block } from './walk.js';

const AFTER = 30;
const BEFORE = 12;
const MAX_CHARS = 140;
const HAS_YEAR = /(?:19|20)\d\d/;
const FAR_CHROME: ReadonlySet<string> = new Set(['comments']);
const LABELLED = /\b(?:published|posted|updated|last (?:updated|modified|reviewed)|released|date)\b/i;

export function datelinesNearHeadline(blocks: readonly Block[], title: string | null, firstBody: Block | undefined): string[] {
  let anchor = -1;
  for (const b of blocks) {
    if (b.tag !== 'h1') continue;
    if (anchor < 0) anchor = b.index;
    if (title !== null && b.text === title) {
      anchor = b.index;
      break;
    }
  }
  if (anchor < 0) anchor = firstBody?.index ?? -1;
  if (anchor < 0) return [];
  const found: Array<{ text: string; distance: number }> = [];
  const from = Math.max(0, anchor - BEFORE);
  const to = Math.min(blocks.length - 1, anchor + AFTER);
  for (let i = from; i <= to; i++) {
    const b = blocks[i]!;
    if (b.text.length > MAX_CHARS || !HAS_YEAR.test(b.text) || (b.box.chrome !== null && FAR_CHROME.has(b.box.chrome))) continue;
    if (inQuote(b) || isSentence(b.text)) continue;
    found.push({ text: b.text, distance: i >= anchor ? i - anchor : (anchor - i) * 1.5 });
  }
  return found.sort((a, b) => a.distance - b.distance).map((f) => f.text);
}

/** Short texts anywhere in the page that label a date as the page's own ("Published on: 15 August 2025"). */
export function labelledDatelines(blocks: readonly Block[]): string[] {
  const out: string[] = [];
  for (const b of blocks) {
    if (b.text.length > MAX_CHARS || !HAS_YEAR.test(b.text) || !LABELLED.test(b.text)) continue;
    if (b.box.chrome === 'comments' || b.box.chrome === 'related') continue;
    out.push(b.text);
    if (out.length >= 8) break;
  }
  return out;
}

/** Quoted or embedded posts ("— Name (@handle) October 16, 2024") carry someone else's date. */
function inQuote(b: Block): boolean {
  if (b.kind === 'quote' || /^[—–-]\s/.test(b.text)) return true;
  let box: Block['box'] | null = b.box;
  for (let i = 0; i < 4 && box; i++, box = box.parent) if (box.tag === 'blockquote') return true;
  return false;
}

/** A sentence of prose that mentions a date is not a dateline. */
function isSentence(text: string): boolean {
  return /[.!?]["”’)]?$/.test(text) && text.split(/\s+/).length > 6;
}
