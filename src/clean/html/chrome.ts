// The chrome verdict for one element: tag, ARIA role, hidden state, then class/id rules (hints.ts).
import { TAG_CHROME, ROLE_CHROME, CLASS_CHROME, CONTENT_CLASS, NEVER_CLASS_CHROME, type ChromeKind } from './hints.js';

export interface ChromeVerdict {
  kind: ChromeKind | null;
  hardKind: ChromeKind | null;
  classId: string;
}

const HIDDEN_STYLE = /display\s*:\s*none|visibility\s*:\s*hidden/i;
/** Kinds a content-looking class does not excuse. */
const UNEXCUSED: ReadonlySet<ChromeKind> = new Set(['hidden', 'caption', 'comments']);

/** Verdicts already computed on this page: by raw class and id, and by single class token. */
export interface ClassCache {
  byAttribute: Map<string, { kind: ChromeKind | null; classId: string }>;
  /** Index of the first CLASS_CHROME rule a token matches (CLASS_CHROME.length for none), and whether it says "content". */
  byToken: Map<string, { rule: number; content: boolean }>;
}

export const newClassCache = (): ClassCache => ({ byAttribute: new Map(), byToken: new Map() });

/** Shared verdicts for elements without class or id (no allocation per element). */
const PLAIN: Readonly<Record<string, ChromeVerdict>> = {};
const plainVerdict = (hardKind: ChromeKind | null): ChromeVerdict =>
  ((PLAIN as Record<string, ChromeVerdict>)[hardKind ?? ''] ??= { kind: hardKind, hardKind, classId: '' });

export type Attributes = Readonly<Record<string, string>>;

export function isHidden(a: Attributes): boolean {
  return a.hidden !== undefined || a['aria-hidden'] === 'true' || (a.style !== undefined && HIDDEN_STYLE.test(a.style));
}

export function chromeOf(a: Attributes, tag: string, cache: ClassCache): ChromeVerdict {
  const hardKind: ChromeKind | null = isHidden(a)
    ? 'hidden'
    : TAG_CHROME[tag] ?? (a.role ? ROLE_CHROME[a.role.toLowerCase()] ?? null : null);
  if (!a.class && !a.id) return plainVerdict(hardKind);
  const key = a.id ? `${a.class ?? ''}\u0000${a.id}` : a.class!;
  let known = cache.byAttribute.get(key);
  if (known === undefined) {
    const classId = `${a.class ?? ''} ${a.id ?? ''}`.toLowerCase();
    known = { kind: classChromeByTokens(classId, cache), classId };
    cache.byAttribute.set(key, known);
  }
  if (hardKind !== null || NEVER_CLASS_CHROME.has(tag)) return { kind: hardKind, hardKind, classId: known.classId };
  return { kind: known.kind, hardKind, classId: known.classId };
}

/**
 * classChrome, token by token: the rules never span white space, so the first rule matching the string is
 * the earliest rule matching any token, and tokens repeat across a page far more than whole strings do.
 */
function classChromeByTokens(classId: string, cache: ClassCache): ChromeKind | null {
  let first = CLASS_CHROME.length;
  let content = false;
  for (const token of classId.split(/\s+/)) {
    if (token === '') continue;
    let known = cache.byToken.get(token);
    if (known === undefined) {
      let rule = 0;
      if (ANY_CLASS_CHROME.test(token)) while (rule < CLASS_CHROME.length && !CLASS_CHROME[rule]!.pattern.test(token)) rule++;
      else rule = CLASS_CHROME.length;
      known = { rule, content: CONTENT_CLASS.test(token) };
      cache.byToken.set(token, known);
    }
    if (known.rule < first) first = known.rule;
    content ||= known.content;
  }
  if (first === CLASS_CHROME.length) return null;
  const kind = CLASS_CHROME[first]!.kind;
  return !UNEXCUSED.has(kind) && content ? null : kind;
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
