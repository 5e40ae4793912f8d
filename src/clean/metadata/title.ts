// The article title: the visible h1 when it agrees with what the page declares (og:title, JSON-LD headline,
// <title>), else the declared title with the site name cut off.

import { decodeHTML } from 'entities';
import { parsePageDate } from './dates.js';

/** Declared titles are sometimes entity-encoded twice ("&amp;#x26;"). */
const decodeLeftovers = (s: string): string => (/&#?\w+;/.test(s) ? decodeHTML(s) : s);

const SEPARATOR = /\s+[|–—:·•»›~\/-]\s+|\s+[|·•»]|[|·•»]\s+|\s+::\s+/;

export interface TitleInputs {
  og: string | null;
  jsonLd: string | null;
  titleTag: string | null;
  /** h1 texts in page order; offArticle when inside navigation, sidebars and the like. */
  h1: Array<{ text: string; offArticle: boolean }>;
  siteName: string | null;
  host: string | null;
}

/** Text that NFKC leaves as it is: ASCII (most titles) need not go through the normaliser. */
const ASCII = /^[\x00-\x7f]*$/;

export const foldTitle = (s: string): string =>
  (ASCII.test(s) ? s : s.normalize('NFKC')).toLowerCase().replace(/[\u2018\u2019\u02bc`´]/g, "'").replace(/[\u201c\u201d«»]/g, '"')
    .replace(/[\u2010-\u2015]/g, '-').replace(/\s+/g, ' ').replace(/[\s.:;,!?|\-–—]+$/u, '').trim();

export function chooseTitle(t: TitleInputs): string | null {
  const declared = [t.og, t.jsonLd, t.titleTag].filter((x): x is string => !!x && x.trim() !== '').map(decodeLeftovers);
  const stripped = declared.map((d) => stripSiteName(d, t.siteName, t.host));
  const folded = new Set([...declared, ...stripped].map(foldTitle));
  const siteParts = siteLikeParts(t);
  // The visible headline is the title as readers see it; an h1 that is the site's name is a logo.
  const usable = t.h1
    .map((h) => ({ ...h, text: decodeLeftovers(h.text) }))
    .filter((h) => h.text.length > 1 && h.text.length < 400 && !siteParts.has(foldTitle(h.text)));
  const ordered = [...usable.filter((h) => !h.offArticle), ...usable.filter((h) => h.offArticle)];
  const h1s = ordered.map((h) => h.text);
  const offArticle = new Set(ordered.filter((h) => h.offArticle).map((h) => h.text));
  const settle = (h: string): string => reconcile(h, stripped, offArticle.has(h));
  for (const h of h1s) if (folded.has(foldTitle(h))) return settle(h);
  for (const h of h1s) {
    const f = foldTitle(h);
    if (f.length < 10) continue;
    for (const d of folded) if (d.length >= 10 && ((d.includes(f) && f.length * 2 >= d.length) || f.includes(d))) return settle(h);
  }
  // An h1 that shares few words with every declared title is a section or site label ("Blog", a name).
  if (declared.length === 0) return h1s[0] ?? null;
  const declaredWords = stripped.map(wordsOf);
  // Word overlap is weak evidence: not for one-word h1s, and more is asked of h1s in sidebars and menus.
  for (const h of ordered) {
    const w = wordsOf(h.text);
    if (w.size < 2) continue;
    const needed = h.offArticle ? MIN_SHARED_WORDS_OFF_ARTICLE : MIN_SHARED_WORDS;
    if (declaredWords.some((d) => overlap(w, d) >= needed)) return settle(h.text);
  }
  return stripped[0] ?? null;
}

const MIN_SHARED_WORDS = 0.34;
const MIN_SHARED_WORDS_OFF_ARTICLE = 0.6;

/** Letters and digits only, "&" read as "and": titles that differ only in punctuation compare equal. */
const skeleton = (s: string): string => s.toLowerCase().replace(/&/g, 'and').replace(/[^\p{L}\p{N}]/gu, '');

/**
 * The h1 as the title, unless it carries page furniture the declared title lacks: a one-word label before
 * it ("Blog: …"), a date after it, or a " | Section" suffix; or it stands outside the article and only
 * restates the declared title in other punctuation.
 */
function reconcile(h1: string, declared: readonly string[], offArticle: boolean): string {
  const hs = skeleton(h1);
  const spelling = agreedSpelling(h1, declared);
  if (spelling !== null) return spelling;
  for (const d of declared) {
    const ds = skeleton(d);
    if (ds.length < 10) continue;
    // An h1 outside the article that only restates the declared title: the declared spelling is the title.
    if (ds === hs && offArticle && !/[*_#]/.test(d)) return d;
    if (ds === hs) continue;
    const label = /^\p{L}+:\s+/u.exec(h1);
    if (label && skeleton(h1.slice(label[0].length)) === ds) return d;
    if (hs.startsWith(ds)) {
      const rest = h1.slice(Math.min(h1.length, d.length)).trim();
      if (/^\W*(?:\p{L}+\.?\s+\d|\d)/u.test(rest) && parsePageDate(rest) !== null) return d;
    }
  }
  const parts = h1.split(/\s+\|\s+/);
  if (parts.length > 1 && parts.slice(1).every((p) => p.split(/\s+/).length <= 4 && p.length * 1.5 < parts[0]!.length)) return parts[0]!;
  return h1;
}

/**
 * The declared spelling of the h1's own words when the declared sources agree on it and none spells it as
 * the h1 does ("--" for a dash, straight for curly quotes): two sources agreeing outvote one visible text.
 */
function agreedSpelling(h1: string, declared: readonly string[]): string | null {
  const hs = skeleton(h1);
  const same = declared.filter((d) => skeleton(d) === hs);
  if (hs.length < 10 || same.length < 2 || same.some((d) => foldTitle(d) === foldTitle(h1))) return null;
  const first = foldTitle(same[0]!);
  return same.every((d) => foldTitle(d) === first) && !/[*_#]/.test(same[0]!) ? same[0]! : null;
}

function wordsOf(s: string): Set<string> {
  const out = new Set<string>();
  for (const w of s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []) if (w.length > 2 || /\d/.test(w)) out.add(w.replace(/s$/, ''));
  return out;
}

/** Shared words over the smaller set's size. */
function overlap(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let n = 0;
  for (const w of a) if (b.has(w)) n++;
  return n / Math.min(a.size, b.size);
}

/** Folded names that stand for the site rather than the article: site name, host, and title-tag parts after the first. */
function siteLikeParts(t: TitleInputs): Set<string> {
  const out = new Set<string>();
  if (t.siteName) out.add(foldTitle(t.siteName));
  if (t.host) out.add(domainWord(t.host));
  if (t.titleTag) {
    const parts = t.titleTag.split(SEPARATOR).map((p) => p.trim()).filter((p) => p.length > 0);
    for (const p of parts.slice(1)) out.add(foldTitle(p));
    if (parts.length > 1 && t.siteName && foldTitle(parts[parts.length - 1]!) !== foldTitle(t.siteName)) out.delete(foldTitle(parts[0]!));
    // <title> = og:title plus something: the something is the site ("Site: Article", "Article – Site").
    if (t.og && t.og.length >= 10) {
      const at = t.titleTag.indexOf(t.og);
      if (at >= 0) {
        const rest = (t.titleTag.slice(0, at) + ' ' + t.titleTag.slice(at + t.og.length)).replace(/^[\s|:–—·•»-]+|[\s|:–—·•»-]+$/g, '');
        if (rest.length > 0) out.add(foldTitle(rest));
      }
    }
  }
  return out;
}

/** Cuts "Title | Site" / "Site - Title" down to the title. */
export function stripSiteName(title: string, siteName: string | null, host: string | null): string {
  const parts = title.split(SEPARATOR).map((p) => p.trim()).filter((p) => p.length > 0);
  if (parts.length < 2) return title.trim();
  const site = siteName ? foldTitle(siteName) : null;
  const hostWord = host ? domainWord(host) : null;
  const isSite = (p: string): boolean => {
    const f = foldTitle(p);
    const squashed = f.replace(/[^\p{L}\p{N}]/gu, '');
    return (site !== null && (f === site || squashed === site.replace(/[^\p{L}\p{N}]/gu, '') || leadsSiteName(f, site))) ||
      (hostWord !== null && hostWord.length > 2 && (squashed === hostWord || squashed.includes(hostWord)));
  };
  let kept = parts;
  while (kept.length > 1 && isSite(kept[kept.length - 1]!)) kept = kept.slice(0, -1);
  while (kept.length > 1 && isSite(kept[0]!)) kept = kept.slice(1);
  if (kept.length === parts.length) {
    // No part names the site: a short last part is still the usual site suffix.
    const last = parts[parts.length - 1]!;
    if (last.split(/\s+/).length <= 3 && parts.slice(0, -1).join(' ').length > last.length * 2) kept = parts.slice(0, -1);
  }
  // "Title | Section | Site": trailing parts that are all short labels go too.
  if (kept.length > 1 && kept.slice(1).every((p) => p.split(/\s+/).length <= 4 && p.length * 1.5 < kept[0]!.length)) kept = kept.slice(0, 1);
  if (kept.length === parts.length) return title.trim();
  // Re-cut the original string so separators inside the kept title survive.
  const start = title.indexOf(kept[0]!);
  const lastKept = kept[kept.length - 1]!;
  const end = title.indexOf(lastKept, start) + lastKept.length;
  return start >= 0 && end > start ? title.slice(start, end).trim() : kept.join(' - ');
}

/**
 * A title part that is the site name's leading words, most of it ("Thrive Internet Marketing" of "Thrive
 * Internet Marketing Agency"): sites shorten their own name in titles.
 */
function leadsSiteName(part: string, site: string): boolean {
  return part.length >= 6 && site.startsWith(part + ' ') && part.length * 3 >= site.length * 2;
}

const SECOND_LEVEL = new Set(['co', 'com', 'org', 'net', 'gov', 'ac', 'edu', 'or', 'ne', 'go']);

/** The registrable name of a host: "promotions.newegg.com" → "newegg", "www.bbc.co.uk" → "bbc". */
export function domainWord(host: string): string {
  const labels = host.toLowerCase().split('.').filter((l) => l.length > 0);
  if (labels.length < 2) return labels[0] ?? '';
  let i = labels.length - 2;
  if (i > 0 && SECOND_LEVEL.has(labels[i]!) && labels[labels.length - 1]!.length === 2) i--;
  return labels[i]!;
}
