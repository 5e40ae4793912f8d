// Who says so: the source of a sentence's claims ("Ukraine's Defense Ministry said", "according to Russian
// sources", "X reported on Telegram"), its side, the direct quotes it speaks, and the verification cues
// ("could not be confirmed with independent sources", "verified by", "denied").
import type { EntityMention, Token } from '../../annotate/types.js';
import type { Verification } from '../types.js';
import { sideOfPhrase } from '../lexicon/sides.js';
import { phraseAfter, rangeText, subjectBefore, type TokenRange } from './phrase.js';

export const SPEECH_WORDS: ReadonlySet<string> = new Set([
  'said', 'says', 'say', 'announced', 'announces', 'reported', 'reports', 'stated', 'states', 'told', 'wrote',
  'writes', 'indicated', 'indicates', 'claimed', 'claims', 'added', 'noted', 'confirmed', 'posted', 'alleged',
  'according', 'cited', 'informed', 'declared', 'tweeted', 'published', 'warned',
  // Verbs that report what someone said while judging or framing it.
  'accused', 'accuses', 'blamed', 'blames', 'promised', 'promises', 'cautioned', 'explained', 'explains', 'reminded', 'mentioned',
  'emphasized', 'emphasised', 'stressed', 'insisted', 'assured', 'revealed', 'disclosed', 'acknowledged', 'admitted', 'specified',
]);
/** Phrases that refer back to a source named earlier: "the statement", "the ministry", "he". */
const ANAPHORS = new Set(['statement', 'ministry', 'report', 'it', 'he', 'she', 'they', 'spokesman', 'spokesperson', 'message', 'post', 'command', 'agency', 'office', 'service', 'ministerial']);
const SOURCE_HEADS = new Set([
  'sources', 'source', 'media', 'officials', 'official', 'ministry', 'ministries', 'statement', 'governor', 'mayor',
  'staff', 'command', 'service', 'military', 'forces', 'army', 'administration', 'authorities', 'police', 'agency',
  'office', 'spokesman', 'spokesperson', 'president', 'minister', 'head', 'commander', 'channels', 'bloggers',
  'reports', 'report', 'government', 'council', 'guard', 'prosecutor', 'prosecutors', 'mod', 'institute', 'isw', 'department', 'spokeswoman', 'embassy',
]);

export interface Attribution {
  name: string;
  side?: string;
  /** Token index of the speech word. */
  at: number;
}

function looksLikeSource(text: string, tokens: readonly Token[], r: TokenRange): boolean {
  for (let i = r.first; i < r.last; i++) {
    const t = tokens[i]!;
    if (t.pos === 'PROPN' || SOURCE_HEADS.has(t.text.toLowerCase())) return true;
  }
  return ANAPHORS.has(rangeText(text, tokens, r).toLowerCase().split(/\s+/).pop() ?? '');
}

function isAnaphor(name: string): boolean {
  const words = name.toLowerCase().split(/\s+/);
  return (words[0] === 'the' || words.length === 1) && ANAPHORS.has(words[words.length - 1]!) || words.includes('ministerial');
}

export interface AttributionContext {
  text: string;
  tokens: readonly Token[];
  entities: readonly EntityMention[];
  /** Spans that cannot be a source: time expressions and place names ("on March 6 said"). */
  notSources: ReadonlyArray<{ start: number; end: number }>;
  /** The last source named in the document, for "the statement" and "he". */
  lastSource: Attribution | null;
}

function named(ctx: AttributionContext, r: TokenRange, at: number): Attribution {
  const start = ctx.tokens[r.first]!.start;
  const end = ctx.tokens[r.last - 1]!.end;
  // The phrase's head is its last name: "Luhansk Oblast Administration Head Serhiy Haidai" is Haidai speaking,
  // "the ministry of defence of Russia" the ministry. Of names that end alike, an organisation before a person.
  let entity: EntityMention | undefined;
  for (const e of ctx.entities) {
    if (!(e.start < end && e.end > start)) continue;
    if (!entity || e.end > entity.end || (e.end === entity.end && entity.type === 'PERSON' && e.type !== 'PERSON')) entity = e;
  }
  const raw = rangeText(ctx.text, ctx.tokens, r);
  if (!entity && isAnaphor(raw) && ctx.lastSource) return { ...ctx.lastSource, at };
  const name = entity?.canonical ?? raw.replace(/^(the|a)\s+/i, '');
  const side = entity?.side ?? sideOfPhrase(raw);
  return { name, at, ...(side ? { side } : {}) };
}

/** Whether the phrase could name a source: it looks like one, and is not a date or a place. */
function sourceLike(ctx: AttributionContext, r: TokenRange | null): r is TokenRange {
  if (!r || !looksLikeSource(ctx.text, ctx.tokens, r)) return false;
  const start = ctx.tokens[r.first]!.start;
  const end = ctx.tokens[r.last - 1]!.end;
  return !ctx.notSources.some((x) => x.start <= start && x.end >= end || (x.start < end && x.end > start && x.end >= end));
}

/** A speech word that is part of a name: "the United States", "Daily Post", "Reports Without Borders". */
function inName(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i]!;
  if (i === 0 || !/^[A-Z]/.test(t.text)) return false;
  const prev = tokens[i - 1]!;
  return /^[A-Z]/.test(prev.text) && prev.end + 1 >= t.start;
}

/** The sentence's source of claims, if it names one. */
export function findAttribution(ctx: AttributionContext): Attribution | null {
  const { tokens } = ctx;
  for (let i = 0; i < tokens.length; i++) {
    const w = tokens[i]!.text.toLowerCase();
    if (!SPEECH_WORDS.has(w) || inName(tokens, i)) continue;
    if (w === 'according') {
      if (tokens[i + 1]?.text.toLowerCase() !== 'to') continue;
      const r = phraseAfter(tokens, i + 1);
      if (sourceLike(ctx, r)) return named(ctx, r, i);
      continue;
    }
    const subject = subjectBefore(tokens, i);
    if (sourceLike(ctx, subject)) return named(ctx, subject, i);
    // Inverted: "...,” said Zelensky; “...” indicated the ministerial statement. Not "said that X".
    const after = tokens[i + 1]?.text.toLowerCase() === 'that' ? null : phraseAfter(tokens, i);
    if (sourceLike(ctx, after)) return named(ctx, after, i);
    // "The statement, which ..., states that": the sentence's opening phrase.
    const opening = phraseAfter(tokens, -1, i);
    if (sourceLike(ctx, opening)) return named(ctx, opening, i);
  }
  return null;
}

const CONFIRM = new Set(['confirmed', 'confirm', 'verified', 'verify', 'geolocated', 'corroborated', 'corroborate']);
const UNCONFIRMED = new Set(['unconfirmed', 'unverified', 'alleged', 'allegedly', 'purportedly', 'reportedly']);
const DISPUTED = new Set(['denied', 'denies', 'refuted', 'disputed', 'dismissed', 'rejected', 'fake']);
const NEGATORS = new Set(['not', "n't", 'cannot', 'unable', 'no', 'never']);
/** Judgements that dispute a claim when said of it: "described the statement as false", "the report is untrue". */
const JUDGED_FALSE = new Set(['false', 'untrue', 'baseless', 'groundless', 'fabricated']);
const JUDGED_AFTER = new Set(['as', 'is', 'was', 'are', 'were', 'be', 'been']);

/** Every word that can make a sentence say something about verification. */
export const VERIFICATION_WORDS: ReadonlySet<string> = new Set([...CONFIRM, ...UNCONFIRMED, ...DISPUTED, ...JUDGED_FALSE]);

/** What the sentence says about checking its claims, or null when it says nothing. */
export function findVerification(tokens: readonly Token[]): Verification | null {
  let result: Verification | null = null;
  for (let i = 0; i < tokens.length; i++) {
    const w = tokens[i]!.text.toLowerCase();
    if (DISPUTED.has(w)) return 'disputed';
    if (JUDGED_FALSE.has(w) && JUDGED_AFTER.has(tokens[i - 1]?.text.toLowerCase() ?? '')) return 'disputed';
    if (CONFIRM.has(w)) {
      let negated = false;
      for (let j = Math.max(0, i - 4); j < i; j++) if (NEGATORS.has(tokens[j]!.text.toLowerCase())) negated = true;
      result = negated ? 'unconfirmed' : result ?? 'confirmed';
      if (negated) return result;
    }
    if (UNCONFIRMED.has(w) && w !== 'reportedly') result ??= 'unconfirmed';
  }
  return result;
}

/** Direct quotes in the sentence, as character spans. */
export function findQuotes(text: string, start: number, end: number): Array<{ start: number; end: number }> {
  const quotes: Array<{ start: number; end: number }> = [];
  const slice = text.slice(start, end);
  if (!/["\u201c\u201d]/.test(slice)) return quotes;
  let open = -1;
  for (let i = start; i < end; i++) {
    const c = text[i];
    if (c === '\u201c' || (c === '"' && open < 0)) open = i;
    else if ((c === '\u201d' || c === '"') && open >= 0) {
      quotes.push({ start: open, end: i + 1 });
      open = -1;
    }
  }
  if (open >= 0) quotes.push({ start: open, end });
  return quotes;
}
