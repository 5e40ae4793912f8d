// JSON-LD (schema.org) blocks: the article-like node's headline, dates, authors, publisher and live-blog
// updates. Untrusted data: every field is type-checked, and a block that is not JSON is skipped (null).

export interface JsonLdArticle {
  type: string;
  headline: string | null;
  datePublished: string | null;
  dateModified: string | null;
  authors: string[];
  publisher: string | null;
  updates: Array<{ time: string | null; text: string; headline: string | null }>;
}

const ARTICLE_TYPES = /^(?:\w*Article|BlogPosting|LiveBlogPosting|Report|Posting|SocialMediaPosting|Review|Blog|Story|Recipe|HowTo|ScholarlyArticle)$/i;
const PAGE_TYPES = /^(?:WebPage|ItemPage|AboutPage|CollectionPage|MediaObject|VideoObject)$/i;
const MAX_NODES = 5000;

export function readJsonLd(scripts: readonly string[]): JsonLdArticle | null {
  let best: { node: Record<string, unknown>; rank: number } | null = null;
  for (const script of scripts) {
    const data = parseJson(script);
    if (data === null) continue;
    for (const node of objectsOf(data)) {
      const type = typeOf(node);
      const rank = type.some((t) => /LiveBlogPosting|NewsArticle/i.test(t)) ? 3 : type.some((t) => ARTICLE_TYPES.test(t)) ? 2 : type.some((t) => PAGE_TYPES.test(t)) ? 1 : 0;
      if (rank > 0 && (best === null || rank > best.rank)) best = { node, rank };
    }
  }
  if (best === null) return null;
  const n = best.node;
  return {
    type: typeOf(n)[0] ?? '',
    headline: str(n.headline) ?? str(n.name),
    datePublished: str(n.datePublished) ?? str(n.dateCreated) ?? str(n.uploadDate),
    dateModified: str(n.dateModified),
    authors: namesOf(n.author ?? n.creator),
    publisher: namesOf(n.publisher)[0] ?? null,
    updates: updatesOf(n.liveBlogUpdate),
  };
}

function parseJson(text: string): unknown {
  const trimmed = text.trim().replace(/^<!\[CDATA\[|\]\]>$/g, '').replace(/^\/\/.*$/gm, '');
  if (trimmed === '') return null;
  try {
    return JSON.parse(trimmed);
  } catch (err) {
    if (!(err instanceof SyntaxError)) throw err;
    // Pages often leave raw control characters in strings; try once more with them as spaces.
    try {
      return JSON.parse(trimmed.replace(/[\u0000-\u001f]+/g, ' '));
    } catch (err2) {
      if (!(err2 instanceof SyntaxError)) throw err2;
      return null;
    }
  }
}

/** Every object in the data (arrays and @graph flattened), breadth-first, bounded. */
function objectsOf(data: unknown): Array<Record<string, unknown>> {
  const out: Array<Record<string, unknown>> = [];
  const queue: unknown[] = [data];
  for (let i = 0; i < queue.length && out.length < MAX_NODES; i++) {
    const v = queue[i];
    if (Array.isArray(v)) queue.push(...v.slice(0, MAX_NODES));
    else if (v !== null && typeof v === 'object') {
      const o = v as Record<string, unknown>;
      out.push(o);
      if (Array.isArray(o['@graph'])) queue.push(o['@graph']);
      if (o.mainEntity && typeof o.mainEntity === 'object') queue.push(o.mainEntity);
    }
  }
  return out;
}

function typeOf(o: Record<string, unknown>): string[] {
  const t = o['@type'];
  if (typeof t === 'string') return [t];
  if (Array.isArray(t)) return t.filter((x): x is string => typeof x === 'string');
  return [];
}

function str(v: unknown): string | null {
  if (typeof v === 'string') return v.trim() || null;
  if (Array.isArray(v) && typeof v[0] === 'string') return v[0].trim() || null;
  return null;
}

function namesOf(v: unknown): string[] {
  const list = Array.isArray(v) ? v : v === undefined || v === null ? [] : [v];
  const names: string[] = [];
  for (const a of list.slice(0, 20)) {
    const name = typeof a === 'string' ? a : a && typeof a === 'object' ? str((a as Record<string, unknown>).name) : null;
    if (name && !/^https?:\/\//.test(name)) names.push(name.trim());
  }
  return names;
}

function updatesOf(v: unknown): JsonLdArticle['updates'] {
  if (!Array.isArray(v)) return [];
  const out: JsonLdArticle['updates'] = [];
  for (const u of v.slice(0, 2000)) {
    if (!u || typeof u !== 'object') continue;
    const o = u as Record<string, unknown>;
    const text = str(o.articleBody) ?? str(o.text) ?? str(o.description);
    if (!text) continue;
    out.push({ time: str(o.datePublished) ?? str(o.dateCreated), text, headline: str(o.headline) });
  }
  return out;
}
