// Page metadata from the facts gathered during the walk: title, byline, publication date, site name,
// language and canonical URL.
import type { PageFacts } from './facts.js';
import { readJsonLd, type JsonLdArticle } from './jsonld.js';
import { chooseTitle } from './title.js';
import { joinAuthors, tidyByline, looksLikeNames, squash } from './byline.js';
import { domainWord } from './title.js';
import { findPublished } from './published.js';
import type { Dateline } from './date-role.js';

export { PageFacts } from './facts.js';
export { parsePageDate } from './dates.js';
export { readJsonLd } from './jsonld.js';

export interface PageMetadata {
  title: string | null;
  byline: string | null;
  published: string | null;
  publishedEvidence: string | null;
  siteName: string | null;
  language: string | null;
  canonicalUrl: string | null;
  jsonLd: JsonLdArticle | null;
}

/** Chrome around an h1 that says it is not the article's headline. */
const OFF_ARTICLE_CHROME: ReadonlySet<string> = new Set(['nav', 'aside', 'footer', 'newsletter', 'related', 'comments', 'ad']);

const AUTHOR_META = ['author', 'article:author', 'byl', 'parsely-author', 'sailthru.author', 'dc.creator', 'dcterms.creator', 'citation_author', 'og:article:author', 'book:author'];

export interface PageTexts {
  /** Short byline/dateline texts seen on the page, in order. */
  datelines: readonly Dateline[];
  /** Texts of elements whose class says author or byline, in page order. */
  authorLines: readonly string[];
  /** Short texts with a year near the headline, closest first (computed once the title is known). */
  nearHeadline: (title: string | null) => readonly Dateline[];
}

export function extractMetadata(facts: PageFacts, url: string | null, texts: PageTexts): PageMetadata {
  const { datelines } = texts;
  const jsonLd = readJsonLd(facts.jsonLd);
  const host = hostOf(url);
  const siteName = facts.first('og:site_name', 'application-name', 'al:ios:app_name')?.value ?? jsonLd?.publisher ?? null;
  const title = chooseTitle({
    og: facts.first('og:title', 'twitter:title', 'dc.title', 'sailthru.title', 'parsely-title', 'headline')?.value ?? null,
    jsonLd: jsonLd?.headline ?? null,
    titleTag: facts.titleTag,
    h1: facts.h1.map((h) => ({ text: h.text.text, offArticle: OFF_ARTICLE_CHROME.has(h.chrome ?? '') })),
    siteName,
    host,
  });
  const published = findPublished({ facts, jsonLd, url, datelines, nearHeadline: texts.nearHeadline(title) });
  return {
    title,
    byline: findByline(facts, jsonLd, texts, notAuthorNames(siteName, jsonLd, host)),
    published: published?.date ?? null,
    publishedEvidence: published?.evidence ?? null,
    siteName: siteName?.trim() || null,
    language: normaliseLanguage(facts.lang ?? facts.first('content-language', 'og:locale', 'language', 'dc.language')?.value ?? null),
    canonicalUrl: absolute(facts.canonical ?? facts.first('og:url')?.value ?? null, url),
    jsonLd,
  };
}

/**
 * Author sources in order of trust. A name that is only the site or publisher is kept as a last resort:
 * a later source may name the person.
 */
function findByline(facts: PageFacts, jsonLd: JsonLdArticle | null, texts: PageTexts, notAuthors: ReadonlySet<string>): string | null {
  const candidates: Array<() => string | null> = [
    () => (jsonLd ? joinAuthors(jsonLd.authors) : null),
    ...AUTHOR_META.map((key) => () => joinAuthors(facts.meta.get(key) ?? [])),
    ...facts.authors.map((a) => () => joinAuthors([a.attribute ?? a.text.text])),
    ...texts.authorLines.map((line) => () => {
      const t = joinAuthors([line]);
      return t && looksLikeNames(t) ? t : null;
    }),
    ...texts.datelines.map(({ text }) => () => (/^(?:by|written by|words by|reporting by|posted by)\s/i.test(text) ? tidyByline(text) : null)),
  ];
  let siteNamed: string | null = null;
  for (const candidate of candidates) {
    const name = candidate();
    if (name === null) continue;
    if (!notAuthors.has(squash(name))) return name;
    siteNamed ??= name;
  }
  return siteNamed;
}

/** Names that are the site or publisher, not a person who wrote the article. */
function notAuthorNames(siteName: string | null, jsonLd: JsonLdArticle | null, host: string | null): Set<string> {
  const out = new Set<string>();
  if (siteName) out.add(squash(siteName));
  if (jsonLd?.publisher) out.add(squash(jsonLd.publisher));
  if (host) out.add(domainWord(host));
  return out;
}

function hostOf(url: string | null): string | null {
  if (!url || !URL.canParse(url)) return null;
  return new URL(url).hostname.toLowerCase();
}

function absolute(href: string | null, base: string | null): string | null {
  if (!href) return null;
  const url = URL.canParse(href) ? new URL(href) : base && URL.canParse(href, base) ? new URL(href, base) : null;
  return url ? url.href : null;
}

function normaliseLanguage(lang: string | null): string | null {
  if (!lang) return null;
  const m = /^([a-z]{2,3})(?:[-_]([a-z]{2,4}))?/i.exec(lang.trim());
  if (!m) return null;
  return m[2] ? `${m[1]!.toLowerCase()}-${m[2].length === 2 ? m[2].toUpperCase() : m[2]}` : m[1]!.toLowerCase();
}
