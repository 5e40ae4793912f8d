// The chrome verdict for one element: tag, ARIA role, hidden state, then class/id rules (hints.ts).
import type { Element } from 'domhandler';
import { TAG_CHROME, ROLE_CHROME, CLASS_CHROME, CONTENT_CLASS, NEVER_CLASS_CHROME, type ChromeKind } from './hints.js';

export interface ChromeVerdict {
  kind: ChromeKind | null;
  hardKind: ChromeKind | null;
  classId: string;
}

const HIDDEN_STYLE = /display\s*:\s*none|visibility\s*:\s*hidden/i;
/** Kinds a content-looking class does not excuse. */
const UNEXCUSED: ReadonlySet<ChromeKind> = new Set(['hidden', 'caption', 'comments']);

/** Class verdicts already computed on this page, by raw class and id: many elements share them. */
export type ClassCache = Map<string, { kind: ChromeKind | null; classId: string }>;

export function isHidden(el: Element): boolean {
  const a = el.attribs;
  return a.hidden !== undefined || a['aria-hidden'] === 'true' || (a.style !== undefined && HIDDEN_STYLE.test(a.style));
}

export function chromeOf(el: Element, tag: string, cache: ClassCache): ChromeVerdict {
  const a = el.attribs;
  const hardKind: ChromeKind | null = isHidden(el)
    ? 'hidden'
    : TAG_CHROME[tag] ?? (a.role ? ROLE_CHROME[a.role.toLowerCase()] ?? null : null);
  if (!a.class && !a.id) return { kind: hardKind, hardKind, classId: '' };
  const key = a.id ? `${a.class ?? ''}\u0000${a.id}` : a.class!;
  let known = cache.get(key);
  if (known === undefined) {
    const classId = `${a.class ?? ''} ${a.id ?? ''}`.toLowerCase();
    known = { kind: classChrome(classId), classId };
    cache.set(key, known);
  }
  if (hardKind !== null || NEVER_CLASS_CHROME.has(tag)) return { kind: hardKind, hardKind, classId: known.classId };
  return { kind: known.kind, hardKind, classId: known.classId };
}

/** Any class rule at all: most class strings match none, and one test rules them all out. */
const ANY_CLASS_CHROME = new RegExp(CLASS_CHROME.map((r) => `(?:${r.pattern.source})`).join('|'));

export function classChrome(classId: string): ChromeKind | null {
  if (!ANY_CLASS_CHROME.test(classId)) return null;
  for (const rule of CLASS_CHROME) {
    if (!rule.pattern.test(classId)) continue;
    if (!UNEXCUSED.has(rule.kind) && CONTENT_CLASS.test(classId)) return null;
    return rule.kind;
  }
  return null;
}
