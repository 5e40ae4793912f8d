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

export function chromeOf(el: Element, tag: string): ChromeVerdict {
  const a = el.attribs;
  const classId = a.class || a.id ? `${a.class ?? ''} ${a.id ?? ''}`.toLowerCase() : '';
  let hardKind: ChromeKind | null = null;
  if (a.hidden !== undefined || a['aria-hidden'] === 'true' || (a.style !== undefined && HIDDEN_STYLE.test(a.style))) {
    hardKind = 'hidden';
  } else {
    hardKind = TAG_CHROME[tag] ?? (a.role ? ROLE_CHROME[a.role.toLowerCase()] ?? null : null);
  }
  if (hardKind !== null || classId === '' || NEVER_CLASS_CHROME.has(tag)) return { kind: hardKind, hardKind, classId };
  return { kind: classChrome(classId), hardKind, classId };
}

export function classChrome(classId: string): ChromeKind | null {
  for (const rule of CLASS_CHROME) {
    if (!rule.pattern.test(classId)) continue;
    if (!UNEXCUSED.has(rule.kind) && CONTENT_CLASS.test(classId)) return null;
    return rule.kind;
  }
  return null;
}
