// The page's metadata elements, gathered during the extractor's single walk: <meta>, <link rel>, <title>,
// JSON-LD scripts, <time>, elements marked as author/date, and h1 headings. Text of kept elements is read
// lazily and boundedly (textOf), never by recursion.
import type { AnyNode, Element } from 'domhandler';

/** How much of a JSON-LD script is read (some pages inline megabytes of state). */
const MAX_JSONLD_CHARS = 500_000;
const MAX_KEPT = 12;

export interface TimeElement {
  datetime: string | null;
  el: Element;
  /** itemprop=datePublished, pubdate attribute, or a class that says "published". */
  published: boolean;
  /** Chrome kind around the element (set by settleChrome). */
  inChrome: string | null;
  /** Index of the extractor's box that holds the element. */
  boxIndex: number;
}

export class PageFacts {
  readonly meta = new Map<string, string[]>();
  readonly jsonLd: string[] = [];
  readonly times: TimeElement[] = [];
  readonly h1: Array<{ el: Element; chrome: string | null; boxIndex: number }> = [];
  readonly authorElements: Element[] = [];
  readonly datePublishedElements: Element[] = [];
  titleTag: string | null = null;
  canonical: string | null = null;
  lang: string | null = null;

  visit(el: Element, boxIndex = 0): void {
    const a = el.attribs;
    switch (el.name) {
      case 'meta': {
        const key = (a.property ?? a.name ?? a.itemprop ?? a['http-equiv'])?.toLowerCase().trim();
        const content = a.content ?? a.value;
        if (key && content !== undefined && content.trim() !== '') this.addMeta(key, content.trim());
        return;
      }
      case 'link':
        if (a.rel?.toLowerCase() === 'canonical' && a.href && this.canonical === null) this.canonical = a.href.trim();
        return;
      case 'title':
        if (this.titleTag === null && !inSvg(el)) this.titleTag = textOf(el, 2000);
        return;
      case 'script':
        if (a.type?.toLowerCase().includes('ld+json')) this.jsonLd.push(textOf(el, MAX_JSONLD_CHARS, false));
        return;
      case 'html':
        if (a.lang && this.lang === null) this.lang = a.lang.trim();
        break;
      case 'time':
        if (this.times.length < 5000) {
          this.times.push({
            datetime: a.datetime?.trim() || null,
            el,
            published: a.itemprop === 'datePublished' || a.pubdate !== undefined || /publish|posted|created/i.test(a.class ?? ''),
            inChrome: null,
            boxIndex,
          });
        }
        break;
      case 'h1':
        if (this.h1.length < MAX_KEPT) this.h1.push({ el, chrome: null, boxIndex });
        break;
    }
    const itemprop = a.itemprop;
    if (itemprop) {
      if (/\bauthor\b/.test(itemprop) && this.authorElements.length < MAX_KEPT) this.authorElements.push(el);
      if (/\bdatePublished\b/.test(itemprop) && el.name !== 'meta') {
        if (this.datePublishedElements.length < MAX_KEPT) this.datePublishedElements.push(el);
      }
    } else if (a.rel === 'author' && this.authorElements.length < MAX_KEPT) {
      this.authorElements.push(el);
    }
  }

  /** Fills in the chrome kind around kept elements once the extractor has settled it. */
  settleChrome(chromeOfBox: (index: number) => string | null): void {
    for (const h of this.h1) h.chrome = chromeOfBox(h.boxIndex);
    for (const t of this.times) t.inChrome = chromeOfBox(t.boxIndex);
  }

  private addMeta(key: string, content: string): void {
    const list = this.meta.get(key);
    if (list) list.push(content);
    else this.meta.set(key, [content]);
  }

  first(...keys: string[]): { key: string; value: string } | null {
    for (const key of keys) {
      const v = this.meta.get(key)?.[0];
      if (v) return { key, value: v };
    }
    return null;
  }
}

function inSvg(el: Element): boolean {
  for (let p = el.parent; p; p = p.parent) if ((p as Element).name === 'svg') return true;
  return false;
}

/** Text of an element, iteratively, up to `max` characters; white space collapsed unless `collapse` is off. */
export function textOf(el: AnyNode, max = 2000, collapse = true): string {
  let out = '';
  const stack: AnyNode[] = [el];
  while (stack.length > 0 && out.length < max) {
    const n = stack.pop()!;
    if (n.type === 'text') out += (n as { data: string }).data;
    else if ('children' in n) {
      const name = (n as Element).name;
      if (n !== el && (name === 'script' || name === 'style')) continue;
      const kids = (n as Element).children;
      for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]!);
    }
  }
  out = out.slice(0, max);
  return collapse ? out.replace(/\s+/g, ' ').trim() : out;
}
