// The page's metadata elements, gathered while the extractor streams through the page: <meta>, <link rel>,
// <title>, JSON-LD scripts, <time>, elements marked as author/date, and h1 headings. Elements whose text
// is wanted get a Capture, which the extractor fills with the element's text as it streams by (bounded).
import type { Attributes } from '../html/chrome.js';

/** How much of a JSON-LD script is kept (some pages inline megabytes of state). */
const MAX_JSONLD_CHARS = 500_000;
const MAX_KEPT = 12;
const MAX_TIMES = 5000;

/** Text of one element, filled in by the extractor until the element closes. */
export class Capture {
  private raw = '';
  constructor(
    readonly max: number,
    private readonly collapse = true,
  ) {}

  add(data: string): void {
    if (this.raw.length < this.max) this.raw += data.length > this.max ? data.slice(0, this.max) : data;
  }

  get text(): string {
    const cut = this.raw.length > this.max ? this.raw.slice(0, this.max) : this.raw;
    return this.collapse ? cut.replace(/\s+/g, ' ').trim() : cut;
  }
}

export interface TimeElement {
  datetime: string | null;
  text: Capture;
  /** itemprop=datePublished, pubdate attribute, or a class that says "published". */
  published: boolean;
  /** Chrome kind around the element (set by settleChrome). */
  inChrome: string | null;
  /** Index of the extractor's box that holds the element. */
  boxIndex: number;
}

/** An element that names the author or the date: its content attribute, else its text. */
export interface MarkedValue {
  attribute: string | null;
  text: Capture;
}

export class PageFacts {
  readonly meta = new Map<string, string[]>();
  private readonly jsonLdCaptures: Capture[] = [];
  private titleCapture: Capture | null = null;
  readonly times: TimeElement[] = [];
  readonly h1: Array<{ text: Capture; chrome: string | null; boxIndex: number }> = [];
  readonly authors: MarkedValue[] = [];
  readonly datesPublished: MarkedValue[] = [];
  canonical: string | null = null;
  lang: string | null = null;

  get jsonLd(): string[] {
    return this.jsonLdCaptures.map((c) => c.text);
  }

  get titleTag(): string | null {
    return this.titleCapture?.text ?? null;
  }

  /**
   * Notes one opening tag. Returns the captures that want the element's text (most elements: none).
   * `inSvg` tells an SVG <title> (a tooltip) from the page's.
   */
  visit(name: string, a: Attributes, boxIndex: number, inSvg: boolean): Capture[] | null {
    // Called for every tag of the page: no closures, and an array only for the few elements that want text.
    let wants: Capture[] | null = null;
    switch (name) {
      case 'meta': {
        const key = (a.property ?? a.name ?? a.itemprop ?? a['http-equiv'])?.toLowerCase().trim();
        const content = a.content ?? a.value;
        if (key && content !== undefined && content.trim() !== '') this.addMeta(key, content.trim());
        return null;
      }
      case 'link':
        if (a.rel?.toLowerCase() === 'canonical' && a.href && this.canonical === null) this.canonical = a.href.trim();
        return null;
      case 'title':
        if (this.titleCapture !== null || inSvg) return null;
        this.titleCapture = new Capture(2000);
        return [this.titleCapture];
      case 'script': {
        if (!a.type?.toLowerCase().includes('ld+json')) return null;
        const capture = new Capture(MAX_JSONLD_CHARS, false);
        this.jsonLdCaptures.push(capture);
        return [capture];
      }
      case 'html':
        if (a.lang && this.lang === null) this.lang = a.lang.trim();
        break;
      case 'time':
        if (this.times.length < MAX_TIMES) {
          const text = new Capture(200);
          wants = [text];
          this.times.push({
            datetime: a.datetime?.trim() || null,
            text,
            published: a.itemprop === 'datePublished' || a.pubdate !== undefined || /publish|posted|created/i.test(a.class ?? ''),
            inChrome: null,
            boxIndex,
          });
        }
        break;
      case 'h1':
        if (this.h1.length < MAX_KEPT) {
          const text = new Capture(500);
          wants = [text];
          this.h1.push({ text, chrome: null, boxIndex });
        }
        break;
    }
    const itemprop = a.itemprop;
    if (itemprop) {
      if (/\bauthor\b/.test(itemprop) && this.authors.length < MAX_KEPT) {
        const text = new Capture(200);
        (wants ??= []).push(text);
        this.authors.push({ attribute: a.content ?? null, text });
      }
      if (/\bdatePublished\b/.test(itemprop) && this.datesPublished.length < MAX_KEPT) {
        const text = new Capture(200);
        (wants ??= []).push(text);
        this.datesPublished.push({ attribute: a.content ?? a.datetime ?? null, text });
      }
    } else if (a.rel === 'author' && this.authors.length < MAX_KEPT) {
      const text = new Capture(200);
      (wants ??= []).push(text);
      this.authors.push({ attribute: null, text });
    }
    return wants;
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
