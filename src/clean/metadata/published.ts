// The publication date: sources tried in order of trust, each one table entry. The first that yields a
// valid date wins, and its name becomes the evidence.
import type { PageFacts } from './facts.js';
import type { JsonLdArticle } from './jsonld.js';
import { parsePageDate } from './dates.js';
import { inLocalZone } from './local-time.js';
import type { Dateline, DateRole } from './date-role.js';

export interface DateContext {
  facts: PageFacts;
  jsonLd: JsonLdArticle | null;
  url: string | null;
  /** Short byline/dateline texts seen on the page, in order. */
  datelines: readonly Dateline[];
  /** Short texts with a year near the headline, closest first. */
  nearHeadline: readonly Dateline[];
}

interface DateSource {
  name: string;
  find(ctx: DateContext): string | null;
}

const PUBLISHED_META = [
  'article:published_time', 'og:published_time', 'og:article:published_time', 'article:published', 'datepublished',
  'publishdate', 'publish-date', 'publish_date', 'pubdate', 'published_time', 'published-date', 'published_date',
  'publication_date', 'publication-date', 'date_published', 'sailthru.date', 'parsely-pub-date', 'dc.date.issued',
  'dcterms.issued', 'dc.date.created', 'dcterms.created', 'dc.date', 'dcterms.date', 'dc:date', 'article.published',
  'article_date_original', 'cxenseparse:recs:publishtime', 'originalpublicationdate', 'rnews:datepublished',
  'date', 'displaydate', 'creation_date', 'citation_publication_date', 'citation_date', 'timestamp', 'datecreated',
];
const MODIFIED_META = ['article:modified_time', 'og:updated_time', 'datemodified', 'last-modified', 'dcterms.modified'];

const PUBLISHED_KEY = /(?:^|[^a-z])(?:published|publish|pub-?date|posted|created|issued|release-?date)/;
const URL_NAMED_MONTH_DATE = /\/((?:19|20)\d{2})\/([a-z]{3,9})\/(\d{1,2})\//i;
const URL_DATE = /\/((?:19|20)\d{2})[/_-]?(0[1-9]|1[0-2])[/_-]?(0[1-9]|[12]\d|3[01])(?:[/_.-]|$)/;

const fromMeta = (keys: readonly string[]) => (ctx: DateContext): string | null => {
  for (const key of keys) for (const v of ctx.facts.meta.get(key) ?? []) {
    const d = parsePageDate(v);
    if (d) return d;
  }
  return null;
};

export const DATE_SOURCES: readonly DateSource[] = [
  // A full date in the URL is fixed when the article is first published; declared dates only add the time.
  {
    name: 'URL date',
    find: (c) => {
      if (!c.url) return null;
      const m = URL_DATE.exec(c.url);
      const named = m ? null : URL_NAMED_MONTH_DATE.exec(c.url);
      const day = m ? parsePageDate(`${m[1]}-${m[2]}-${m[3]}`) : named ? parsePageDate(`${named[3]} ${named[2]} ${named[1]}`) : null;
      return withDeclaredTime(day, c);
    },
  },
  // A date shown by the headline as an update ("Last updated March 12") is not when the article first
  // appeared: the publication time the page declares in its meta tags (written once, at first publication,
  // beside article:modified_time) is. JSON-LD is not asked here: where a page declares its publication only
  // in JSON-LD, readers (and the WCXB annotators, 7 pages to 1 on the dev split) take the shown date.
  {
    name: 'meta published, the date by the headline being an update',
    find: (c) => (shownPublished(c.nearHeadline)?.role === 'updated' ? fromMeta(PUBLISHED_META)(c) : null),
  },
  // The date a page shows by its headline is the one it stands by; declared dates only add the time.
  { name: 'visible date by the headline', find: (c) => withDeclaredTime(shownPublished(c.nearHeadline)?.date ?? null, c) },
  { name: 'JSON-LD datePublished', find: (c) => parsePageDate(c.jsonLd?.datePublished) },
  { name: 'meta published', find: fromMeta(PUBLISHED_META) },
  {
    name: 'itemprop datePublished',
    find: (c) => {
      for (const v of c.facts.datesPublished) {
        const d = parsePageDate(v.attribute ?? v.text.text);
        if (d) return d;
      }
      return null;
    },
  },
  {
    name: '<time> marked published',
    find: (c) => firstTime(c, (t) => t.published),
  },
  { name: 'visible dateline', find: (c) => shownPublished(c.datelines)?.date ?? null },
  {
    name: 'meta named like a publication date',
    find: (c) => {
      for (const [key, values] of c.facts.meta) {
        if (!PUBLISHED_KEY.test(key) || /modif|updat/.test(key)) continue;
        const d = parsePageDate(values[0]);
        if (d) return d;
      }
      return null;
    },
  },
  { name: '<time> in the page', find: (c) => firstTime(c, (t) => t.inChrome !== 'nav' && t.inChrome !== 'footer' && t.inChrome !== 'related') },
  { name: 'meta modified', find: fromMeta(MODIFIED_META) },
  { name: 'JSON-LD dateModified', find: (c) => parsePageDate(c.jsonLd?.dateModified) },
];

function withDeclaredTime(day: string | null, c: DateContext): string | null {
  if (day === null) return null;
  const declared = [
    parsePageDate(c.jsonLd?.datePublished),
    fromMeta(PUBLISHED_META)(c),
    fromMeta(MODIFIED_META)(c),
    parsePageDate(c.jsonLd?.dateModified),
  ];
  for (const d of declared) if (d && d.length > 10 && d.slice(0, 10) === day.slice(0, 10)) return d;
  return day;
}

function firstTime(c: DateContext, ok: (t: PageFacts['times'][number]) => boolean): string | null {
  for (const t of c.facts.times) {
    if (!ok(t)) continue;
    const d = parsePageDate(t.datetime) ?? parsePageDate(t.text.text);
    if (d) return d;
  }
  return null;
}

/**
 * The first shown date that is the page's own; when that one says it is an update and the page also shows
 * a date it calls the publication, the publication date.
 */
function shownPublished(lines: readonly Dateline[]): ShownDate | null {
  const known = shownCache.get(lines);
  if (known !== undefined) return known;
  const shown = firstShownPublished(lines);
  shownCache.set(lines, shown);
  return shown;
}

interface ShownDate {
  date: string;
  role: DateRole | null;
}

/** Two sources ask about the same lines. */
const shownCache = new WeakMap<readonly Dateline[], ShownDate | null>();

function firstShownPublished(lines: readonly Dateline[]): ShownDate | null {
  let first: ShownDate | null = null;
  for (const line of lines.slice(0, 12)) {
    if (line.text.length > 200 || line.role === 'other') continue;
    const date = parsePageDate(line.dateText);
    if (date === null) continue;
    if (first === null) {
      first = { date, role: line.role };
      if (line.role !== 'updated') return first;
    } else if (line.role === 'published') return { date, role: line.role };
  }
  return first;
}

export function findPublished(ctx: DateContext): { date: string; evidence: string } | null {
  for (const source of DATE_SOURCES) {
    const date = source.find(ctx);
    if (date) return { date: inLocalZone(date, () => declaredTimes(ctx)), evidence: source.name };
  }
  return null;
}

/** Every publication time the page declares, parsed (for finding the local twin of a UTC time). */
function declaredTimes(c: DateContext): Array<string | null> {
  const out = [parsePageDate(c.jsonLd?.datePublished)];
  for (const key of PUBLISHED_META) for (const v of c.facts.meta.get(key) ?? []) out.push(parsePageDate(v));
  for (const v of c.facts.datesPublished) out.push(parsePageDate(v.attribute));
  for (const t of c.facts.times) if (t.published) out.push(parsePageDate(t.datetime));
  return out;
}
