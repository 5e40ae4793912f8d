// Author names from the page's declared metadata or its visible byline, tidied ("By Jane Doe | Reuters,
// Updated 10:32" → "Jane Doe").

import { decodeHTML } from 'entities';

const BY_PREFIX = /^(?:by|written by|words by|reporting by|posted by|author:?|von|par|por|di)\s+/i;
const TAIL = /\s*(?:[|•·]|\bupdated\b|\bpublished\b|\bposted\b|\bon\s+\w+\s+\d|\d{1,2}[:/.]\d{2}|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}\b|\b\d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b|\b(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*,|\d{4}).*$/i;
const GENERIC = /^(?:the\s+)?(?:authors?|staff(?:\s+writers?)?|admin(?:istrator)?|editors?|contributors?|writers?|guest|anonymous|unknown)$/i;

/** A tidy author string, or null when the text does not look like names. */
export function tidyByline(raw: string | null | undefined): string | null {
  if (!raw) return null;
  let s = (/&#?\w+;/.test(raw) ? decodeHTML(raw) : raw).replace(/\s+/g, ' ').trim();
  if (/^https?:\/\//i.test(s) || s.includes('@') && !s.includes(' ')) return null;
  s = s.replace(BY_PREFIX, '').replace(TAIL, '').replace(/[,;:\s-]+$/, '').replace(/^[,;:|\s-]+/, '').trim();
  if (s.length < 3 || s.length > 120) return null;
  if (!/\p{L}/u.test(s) || /\d{3,}/.test(s) || GENERIC.test(s)) return null;
  return s;
}

/** Names joined as people write them: "A", "A and B", "A, B, and C". */
export function joinAuthors(names: readonly string[], notAuthors: ReadonlySet<string> = new Set()): string | null {
  const tidy: string[] = [];
  for (const n of names) {
    const t = tidyByline(n);
    if (t && !tidy.includes(t) && !notAuthors.has(squash(t))) tidy.push(t);
  }
  return tidy.length > 0 ? tidy.join(', ') : null;
}

/** Lower-cased letters and digits only, for comparing a name with a site name or host. */
export const squash = (s: string): string => s.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');


/** Text that reads like a person's name or a short list of names. */
export function looksLikeNames(s: string): boolean {
  const words = s.split(/\s+/);
  if (words.length > 8) return false;
  const capital = words.filter((w) => /^\p{Lu}/u.test(w)).length;
  return capital >= Math.ceil(words.filter((w) => !/^(?:and|&|de|van|von|da|the|of)$/i.test(w)).length * 0.6);
}
