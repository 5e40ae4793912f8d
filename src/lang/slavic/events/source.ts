// Who says so, named in English: "сообщили в Минобороны России" → Russian Ministry of Defence, "повідомляє
// голова ОВА Синєгубов" → "Syniehubov, head of Kharkiv Regional Military Administration", "— губернатор
// Богомаз" → "Bogomaz, Governor of Bryansk Oblast". A source is read from the phrase next to a speech verb,
// after "according to", after a closing dash, or before a headline's colon; "по его словам" repeats the last.
import type { EntityMention, PlaceMention } from '../../../annotate/types.js';
import type { SlavicLexicon } from './lexicon/types.js';
import { matches, stemOf } from './stems.js';
import type { Word } from './words.js';

export interface Source {
  name: string;
  side?: string;
  /** The phrase naming it, so that its places are not taken for the event's. */
  start: number;
  end: number;
}

/** Words a source phrase stops at: the start of the reported clause. */
const STOP = /^(?:что|що|о|об|про|в|у|на|за|после|після|около|близько|с|со|з|із)$/;
/** Words that open what was said: after a speech verb they mean its subject stood before it. */
const CONTENT = /^(?:что|що|о|об|про)$/;
/** Adjectives (of regions, institutions): "Московской", "Сумської", "российской". */
const ADJECTIVE = /(?:ой|ий|ый|ая|ое|ого|ому|ых|их|ої|ій|ий|а|е|і|у|ю|ую)$/;
const PRONOUN = /^(?:его|ее|её|их|його|її|них)$/;
const MAX_PHRASE = 8;

interface SourceContext {
  text: string;
  words: readonly Word[];
  places: readonly PlaceMention[];
  /** The annotator's organisations and people, with their English canonical names. */
  entities: readonly EntityMention[];
  lex: SlavicLexicon;
  last: Source | null;
}

/** Whether a punctuation mark other than a hyphen stands between two words. */
function broken(text: string, a: Word, b: Word): boolean {
  // A Markdown link ("[заявили](https://t.me/...) Воздушные силы") is no break between its words.
  const between = text.slice(a.end, b.start).replace(/\]?\([^)]*\)|[[\]*_]/g, ' ');
  return /[,.;:!?«»"()\n]|\s[—–-]\s/.test(between);
}

/** The English name of the region a phrase names, from the place mentions inside it. */
function regionIn(ctx: SourceContext, start: number, end: number): string | null {
  const p = ctx.places.find((m) => m.start >= start && m.end <= end);
  return p ? p.place.name : null;
}

/** The source a run of words names, or null when they name none the lists know. */
function resolve(ctx: SourceContext, phrase: readonly Word[], strict = false): Source | null {
  if (phrase.length === 0) return null;
  const start = phrase[0]!.start;
  const end = phrase[phrase.length - 1]!.end;
  const title0 = ctx.lex.titles.find((t) => phrase.some((w) => stemOf(w.norm, { stems: [t.stem] })));
  const titleWord = title0 ? phrase.find((w) => stemOf(w.norm, { stems: [title0.stem] }))! : null;
  // After a title, the place right after it is the office's region ("мэр Одессы", "губернатор Курской области");
  // the capitalised words after that are the name, even when a village bears it too ("Слюсарь").
  const titleRegion = titleWord ? ctx.places.find((p) => p.start >= titleWord.end && p.start - titleWord.end <= 2) ?? null : null;
  const region = titleRegion?.place.name ?? regionIn(ctx, start, end);
  const fill = (s: string) => (s.includes('{region}') ? (region ? s.replace('{region}', region) : s.replace(/ (?:of )?\{region\}/, '').replace('{region} ', '')) : s);
  const title = ctx.lex.titles.find((t) => phrase.some((w) => stemOf(w.norm, { stems: [t.stem] })));
  const entry = ctx.lex.sources.find((e) => e.stems.every((s) => phrase.some((w) => stemOf(w.norm, { stems: [s] }))));
  // A person: the capitalised Cyrillic words that are no place and no institution's abbreviation.
  const afterRegion = titleRegion?.end ?? titleWord?.end ?? -1;
  const inPlace = (w: Word) => ctx.places.some((p) => p.start <= w.start && w.end <= p.end && (w.start < afterRegion || p.place.kind !== 'settlement'));
  const nameLike = (w: Word) => w.capital && /^\p{Lu}\p{Ll}/u.test(w.text) && /\p{Script=Cyrillic}/u.test(w.text) &&
    !inPlace(w) && w.start >= afterRegion && !ctx.lex.titles.some((t) => stemOf(w.norm, { stems: [t.stem] })) &&
    !ctx.lex.sources.some((e) => e.stems.some((s) => stemOf(w.norm, { stems: [s] })));
  // A person's name: the capitalised words after the title, or the phrase's first two; adjectives are a region's or an office's.
  const titleAt = title ? phrase.findIndex((w) => stemOf(w.norm, { stems: [title.stem] })) : -1;
  const names = title
    ? phrase.slice(titleAt + 1).filter((w) => nameLike(w) && !(ADJECTIVE.test(w.norm) && /(?:ск|цк|зьк)/.test(w.norm)))
    : phrase.slice(0, 3).every(nameLike) || (phrase.length >= 2 && nameLike(phrase[0]!) && nameLike(phrase[1]!)) ? phrase.slice(0, 2) : [];
  const person = names.length ? names.map((w) => ctx.lex.transliterate(w.text)).join(' ') : null;
  if (title && person) return { name: `${person}, ${fill(title.title)}`, start, end };
  // An organisation the annotator knows by its English name ("Сумська ОВА" → Sumy Regional Military Administration).
  const org = ctx.entities.find((e) => (e.type === 'ORG' || e.type === 'PERSON') && e.start < end && e.end > start && /^[\x20-\x7e]+$/.test(e.canonical));
  if (org) return { name: org.canonical, ...(org.side ? { side: org.side } : {}), start, end };
  if (entry) return { name: fill(entry.name), ...(entry.side ? { side: entry.side } : {}), start, end };
  if (title && region) return { name: fill(title.title).replace(/^./, (c) => c.toUpperCase()), start, end };
  // An outlet or channel written in Latin letters: "Mash", "SHOT", "Le Figaro".
  const latin = phrase.filter((w) => /^[A-Z][A-Za-z]+$/.test(w.text));
  if (latin.length && latin.length <= 3) return { name: latin.map((w) => w.text).join(' '), start, end };
  if (!strict && person && names.length === 2 && !title) return { name: person, start, end };
  return null;
}

/** The words after `i` up to punctuation or a word that opens the reported clause ("в", "что" are skipped at its start). */
function phraseAfter(ctx: SourceContext, i: number): Word[] {
  const out: Word[] = [];
  for (let j = i + 1; j < ctx.words.length && out.length < MAX_PHRASE; j++) {
    const w = ctx.words[j]!;
    if (broken(ctx.text, ctx.words[j - 1]!, w)) break;
    if (STOP.test(w.norm)) {
      if (out.length || CONTENT.test(w.norm)) break;
      continue;
    }
    out.push(w);
  }
  return out;
}

/** The words before `i` back to punctuation or the sentence start. */
function phraseBefore(ctx: SourceContext, i: number): Word[] {
  const out: Word[] = [];
  for (let j = i - 1; j >= 0 && out.length < MAX_PHRASE; j--) {
    const w = ctx.words[j]!;
    if (broken(ctx.text, w, ctx.words[j + 1]!)) break;
    out.unshift(w);
  }
  return out;
}

/**
 * Every source the sentence names, in text order ("По его словам" is the one named last before it). A Telegram
 * sentence often runs a headline into the body, so each event takes the source nearest its trigger.
 */
export function findSources(ctx: SourceContext): Source[] {
  const out: Source[] = [];
  let last = ctx.last;
  for (let i = 0; i < ctx.words.length; i++) {
    const s = sourceAt({ ...ctx, last }, i);
    if (s && !out.includes(s)) {
      out.push(s);
      last = s;
    }
  }
  if (out.length === 0) {
    const s = findSource(ctx);
    if (s) out.push(s);
  }
  return out;
}

/** The source named by the speech verb or "according to" at word i. */
function sourceAt(ctx: SourceContext, i: number): Source | null {
  const { words, lex } = ctx;
  const w = words[i]!;
  if (matches(w.norm, lex.cues.according)) {
    if (PRONOUN.test(words[i + 1]?.norm ?? '') && ctx.last) return ctx.last;
    const s = resolve(ctx, phraseAfter(ctx, i));
    if (s) return s;
  }
  if (matches(w.norm, lex.cues.speech)) return resolve(ctx, phraseAfter(ctx, i)) ?? resolve(ctx, phraseBefore(ctx, i));
  return null;
}

/** A source named without a speech verb: after a closing dash, or before a headline's colon. */
export function findSource(ctx: SourceContext): Source | null {
  const { words, text } = ctx;
  // "..., — губернатор Богомаз." "— Минобороны": a closing dash and a name.
  const first = words[0];
  const last = words[words.length - 1];
  if (first && last) {
    const tail = text.slice(first.start, last.end);
    const dash = Math.max(tail.lastIndexOf(' — '), tail.lastIndexOf(' – '));
    if (dash > 0) {
      const after = words.filter((x) => x.start > first.start + dash);
      if (after.length && after.length <= MAX_PHRASE) {
        // A name alone after a dash is as often an apposition ("партнёр — Иван Петров") as a source.
        const s = resolve(ctx, after, true);
        if (s) return s;
      }
    }
    // "Воздушные силы ВСУ: город Днепр был атакован": a headline's colon after a name.
    const colon = tail.indexOf(':');
    if (colon > 0) {
      const before = words.filter((x) => x.end <= first.start + colon);
      if (before.length && before.length <= 5) {
        const s = resolve(ctx, before, true);
        if (s) return s;
      }
    }
  }
  return null;
}
