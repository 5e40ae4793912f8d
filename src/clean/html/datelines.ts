// Short texts near the article's headline that carry a year: where pages show the date they stand by
// ("Updated Dec 4, 2025", "March 1, 2024 · 5 min read"). Ordered by closeness to the headline; texts
// after it count as closer than texts before it (a date above the headline is often a section header).
// A label standing alone just before the date ("Updated" then <time>…</time>) is read with it.
import type { Block } from './walk.js';
import { dateRole, roleByClass, trailingLabel, type Dateline } from '../metadata/date-role.js';

const AFTER = 30;
const BEFORE = 12;
const MAX_CHARS = 140;
const HAS_YEAR = /(?:19|20)\d\d/;
const FAR_CHROME: ReadonlySet<string> = new Set(['comments']);
/** An h1 in these, unless it is the title, heads something other than the article ("Contact us" in a footer). */
const NOT_HEADLINE_CHROME: ReadonlySet<string> = new Set(['footer', 'comments', 'related']);
/**
 * What every publication or update label holds, in the languages date-role.ts reads ("publi" for published,
 * publié, opublikowano; Cyrillic for опубліковано, оновлено): texts without any are no labelled datelines,
 * and skip the full word tests.
 */
const MAY_BE_LABELLED = /publi|pubbl|ffentl|posted|updat|modif|revis|review|edit|fact|refresh|releas|written|creat|issued|record|date|ktuali|ctuali|aggiorn|jour|[\u0400-\u04ff]/i;
const LABELLED = /\b(?:published|posted|updated|last (?:updated|modified|reviewed)|released|date)\b/i;

export function datelinesNearHeadline(blocks: readonly Block[], title: string | null, firstBody: Block | undefined): Dateline[] {
  let anchor = -1;
  for (const b of blocks) {
    if (b.tag !== 'h1') continue;
    if (anchor < 0 && (b.box.chrome === null || !NOT_HEADLINE_CHROME.has(b.box.chrome))) anchor = b.index;
    if (title !== null && b.text === title) {
      anchor = b.index;
      break;
    }
  }
  if (anchor < 0) anchor = firstBody?.index ?? -1;
  if (anchor < 0) return [];
  const found: Array<{ line: Dateline; distance: number }> = [];
  const from = Math.max(0, anchor - BEFORE);
  const to = Math.min(blocks.length - 1, anchor + AFTER);
  for (let i = from; i <= to; i++) {
    const b = blocks[i]!;
    if (b.text.length > MAX_CHARS || !HAS_YEAR.test(b.text) || (b.box.chrome !== null && FAR_CHROME.has(b.box.chrome))) continue;
    if (inQuote(b) || isSentence(b.text)) continue;
    found.push({ line: datelineAt(blocks, i), distance: i >= anchor ? i - anchor : (anchor - i) * 1.5 });
  }
  return found.sort((a, b) => a.distance - b.distance).map((f) => f.line);
}

/** Short texts anywhere in the page that label a date as the page's own ("Published on: 15 August 2025"). */
export function labelledDatelines(blocks: readonly Block[]): Dateline[] {
  const out: Dateline[] = [];
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i]!;
    if (b.text.length > MAX_CHARS || !HAS_YEAR.test(b.text)) continue;
    if (b.box.chrome === 'comments' || b.box.chrome === 'related') continue;
    // Cheap tests first: most short dated texts (table rows, list items) have no label and no dated class.
    if (!MAY_BE_LABELLED.test(b.text) && labelBefore(blocks, i) === null && (b.box.classId === '' || roleByClass(b.box.classId) === null)) continue;
    const line = datelineAt(blocks, i);
    if (!LABELLED.test(line.text) && line.role === null) continue;
    out.push(line);
    if (out.length >= 8) break;
  }
  return out;
}

/** The block's text as a dateline: with the bare label just before it, and what the label or class says it is. */
function datelineAt(blocks: readonly Block[], i: number): Dateline {
  const b = blocks[i]!;
  const label = labelBefore(blocks, i);
  return dateRole(label ? `${label} ${b.text}` : b.text, b.box.classId);
}

/** The bare label standing just before block i in the same element or its parent ("Updated" then <time>). */
function labelBefore(blocks: readonly Block[], i: number): string | null {
  if (i === 0) return null;
  const b = blocks[i]!;
  const before = blocks[i - 1]!;
  const near = before.box.parent === b.box.parent || before.box === b.box.parent;
  return near ? trailingLabel(before.text) : null;
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
