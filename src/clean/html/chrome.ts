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

/**
 * What the class rules say about one class or id token: the first rule it matches, and (asked only when some
 * token matched a rule the content classes can excuse) whether it says "content".
 */
interface TokenVerdict {
  /** Index of the first CLASS_CHROME rule the token matches, CLASS_CHROME.length for none. */
  rule: number;
  content?: boolean;
}

/** A class attribute's verdict: its tokens, the first rule any of them matches, and the attribute lower-cased. */
interface ClassVerdict {
  rule: number;
  tokens: string[];
  lower: string;
  content?: boolean;
}

/**
 * Verdicts by token and by whole class attribute, kept across pages: the rules are fixed, and class names
 * repeat across the pages of one site and of one framework (wp-block-group, col-md-8) far more than they
 * vary. Bounded: cleared when full, so a stream of pages with generated names cannot grow it without end.
 */
const MAX_REMEMBERED = 50_000;
const tokenVerdicts = new Map<string, TokenVerdict>();
const classVerdicts = new Map<string, ClassVerdict>();

/** Forgets every remembered verdict: for measuring a first visit to a site (bench:clean), and for tests. */
export function forgetClassVerdicts(): void {
  tokenVerdicts.clear();
  classVerdicts.clear();
}

function remember<V>(map: Map<string, V>, key: string, value: V): V {
  if (map.size >= MAX_REMEMBERED) map.clear();
  map.set(key, value);
  return value;
}

/** Shared verdicts for elements without class or id (no allocation per element). */
const PLAIN: Readonly<Record<string, ChromeVerdict>> = {};
const plainVerdict = (hardKind: ChromeKind | null): ChromeVerdict =>
  ((PLAIN as Record<string, ChromeVerdict>)[hardKind ?? ''] ??= { kind: hardKind, hardKind, classId: '' });

export type Attributes = Readonly<Record<string, string>>;

export function isHidden(a: Attributes): boolean {
  return a.hidden !== undefined || a['aria-hidden'] === 'true' || (a.style !== undefined && HIDDEN_STYLE.test(a.style));
}

export function chromeOf(a: Attributes, tag: string): ChromeVerdict {
  const hardKind: ChromeKind | null = isHidden(a)
    ? 'hidden'
    : TAG_CHROME[tag] ?? (a.role ? ROLE_CHROME[a.role.toLowerCase()] ?? null : null);
  const cls = a.class;
  const id = a.id;
  if (!cls && !id) return plainVerdict(hardKind);
  const byClass = cls ? classVerdict(cls) : NO_CLASS;
  let rule = byClass.rule;
  let classId: string;
  let idTokens: readonly string[] = NO_TOKENS;
  if (id) {
    const lowerId = id.toLowerCase();
    classId = `${byClass.lower} ${lowerId}`;
    // An id is one token but for the odd page that puts spaces in it.
    idTokens = /\s/.test(lowerId) ? tokensOf(lowerId) : [lowerId];
    for (const token of idTokens) rule = Math.min(rule, tokenVerdict(token).rule);
  } else classId = `${byClass.lower} `;
  if (hardKind !== null || NEVER_CLASS_CHROME.has(tag)) return { kind: hardKind, hardKind, classId };
  if (rule === CLASS_CHROME.length) return { kind: null, hardKind, classId };
  const kind = CLASS_CHROME[rule]!.kind;
  // A content class ("article-body") excuses most chrome kinds: asked only now, when it matters.
  const excused = !UNEXCUSED.has(kind) && (classContent(byClass) || idTokens.some(tokenContent));
  return { kind: excused ? null : kind, hardKind, classId };
}

const NO_TOKENS: readonly string[] = [];
const NO_CLASS: ClassVerdict = { rule: CLASS_CHROME.length, tokens: [], lower: '', content: false };

function classVerdict(cls: string): ClassVerdict {
  const known = classVerdicts.get(cls);
  if (known !== undefined) return known;
  const lower = cls.toLowerCase();
  const tokens = tokensOf(lower);
  let rule = CLASS_CHROME.length;
  for (const token of tokens) rule = Math.min(rule, tokenVerdict(token).rule);
  return remember(classVerdicts, cls, { rule, tokens, lower });
}

function classContent(v: ClassVerdict): boolean {
  return (v.content ??= v.tokens.some(tokenContent));
}

function tokensOf(s: string): string[] {
  return s.split(/\s+/).filter((t) => t !== '');
}

/**
 * classChrome, token by token: the rules never span white space, so the first rule matching the string is
 * the earliest rule matching any token.
 */
function tokenVerdict(token: string): TokenVerdict {
  const known = tokenVerdicts.get(token);
  if (known !== undefined) return known;
  let rule = 0;
  if (ANY_CLASS_CHROME.test(token)) while (rule < CLASS_CHROME.length && !CLASS_CHROME[rule]!.pattern.test(token)) rule++;
  else rule = CLASS_CHROME.length;
  return remember(tokenVerdicts, token, { rule });
}

function tokenContent(token: string): boolean {
  const v = tokenVerdict(token);
  return (v.content ??= CONTENT_CLASS.test(token));
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
