// Who says so: the source of a sentence's claims ("Ukraine's Defense Ministry said", "according to Russian
// sources", "X reported on Telegram"), its side, the direct quotes it speaks, and the verification cues
// ("could not be confirmed with independent sources", "verified by", "denied").
import type { EntityMention, Token } from '../../annotate/types.js';
import type { Verification } from '../types.js';
import { sideOfPhrase } from '../lexicon/sides.js';
import { phraseAfter, rangeText, subjectBefore, type TokenRange } from './phrase.js';
import { afterBreak, forwardFrom, isReportTag, opensClause } from './attribution-scope.js';
import { BE_FORMS } from '../lexicon/be.js';
import { SPEECH_WORDS } from './report-verbs.js';

export { SPEECH_WORDS };
/** Object pronouns: after a verb they are what is spoken to or of, never the speaker ("declared him"). */
const OBJECT_PRONOUNS = new Set(['him', 'her', 'them', 'it', 'us', 'me']);
/** Phrases that refer back to a source named earlier: "the statement", "the ministry", "he". */
const ANAPHORS = new Set(['statement', 'ministry', 'report', 'it', 'he', 'she', 'they', 'him', 'her', 'them', 'spokesman', 'spokesperson', 'message', 'post', 'command', 'agency', 'office', 'service', 'ministerial']);
const SOURCE_HEADS = new Set([
  'sources', 'source', 'media', 'officials', 'official', 'ministry', 'ministries', 'statement', 'governor', 'mayor',
  'staff', 'command', 'service', 'military', 'forces', 'army', 'administration', 'authorities', 'police', 'agency',
  'office', 'spokesman', 'spokesperson', 'president', 'minister', 'head', 'commander', 'channels', 'bloggers',
  'reports', 'report', 'government', 'council', 'guard', 'prosecutor', 'prosecutors', 'mod', 'institute', 'isw', 'department', 'spokeswoman', 'embassy',
  'milblogger', 'milbloggers', 'blogger', 'leader', 'leaders', 'newspaper', 'outlet', 'broadcaster', 'diplomat', 'diplomats', 'intelligence', 'operator',
  'resolution', 'communique', 'records', 'documents', 'mission', 'organizer', 'organizers', 'organiser', 'organisers',
]);
/** Things that show rather than say: "footage posted by ...", "imagery published on ..." is evidence, not a source. */
const EVIDENCE_HEADS = new Set(['footage', 'video', 'videos', 'imagery', 'image', 'images', 'photo', 'photos', 'photographs', 'pictures', 'recording', 'recordings', 'data']);
/** A speaker named before by a description of the role: "the minister added", "the politician wrote". */
const ROLE_DESCRIPTIONS = /^the\s+(?:[a-z-]+\s+)?(?:politician|minister|president|governor|mayor|general|official|spokesman|spokesperson|spokeswoman|diplomat|leader|head|chief|commander)$/i;

export interface Attribution {
  name: string;
  side?: string;
  /** Token index of the speech word. */
  at: number;
  /** Whether the speaker is a person by name, whom "the minister" may refer back to. */
  person?: boolean;
  /** The tokens whose claims it speaks for, [first, last): what follows "X said", what precedes "..., X said". */
  scope?: TokenRange;
}

function looksLikeSource(ctx: AttributionContext, r: TokenRange): boolean {
  const { text, tokens } = ctx;
  if (EVIDENCE_HEADS.has(tokens[r.last - 1]!.text.toLowerCase())) return false;
  for (let i = r.first; i < r.last; i++) {
    const t = tokens[i]!;
    if (t.pos === 'PROPN' || SOURCE_HEADS.has(t.text.toLowerCase())) return true;
  }
  const raw = rangeText(text, tokens, r);
  return ANAPHORS.has(raw.toLowerCase().split(/\s+/).pop() ?? '') || refersBack(raw, ctx.lastSource);
}

/**
 * "the minister added" after a named minister spoke, "the operator says" after "the nuclear operator
 * Energoatom": a definite description of the last source, by its role or a word of its own name.
 */
function refersBack(raw: string, last: Attribution | null): boolean {
  if (!last) return false;
  if (ROLE_DESCRIPTIONS.test(raw)) return !!last.person;
  const m = /^the\s+(?:[a-z-]+\s+)?([a-z]{4,})$/i.exec(raw);
  return !!m && last.name.toLowerCase().split(/[^a-z]+/).includes(m[1]!.toLowerCase());
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
  /** Towns and cities named in the sentence: one that is the whole subject of a speech verb speaks for its government. */
  cities?: ReadonlyArray<{ start: number; end: number }>;
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
  if (!entity && refersBack(raw, ctx.lastSource)) return { ...ctx.lastSource!, at };
  const side = entity?.side ?? sideOfPhrase(raw);
  return { name: nameOf(raw, entity, end), at, ...(side ? { side } : {}), ...(entity?.type === 'PERSON' ? { person: true } : {}) };
}

/**
 * The source as the text names it: a person by the full name the document gives them, anything else by its own
 * words ("the Pentagon", "Washington", "EU sources"), not a canonical name the text does not use.
 */
function nameOf(raw: string, entity: EntityMention | undefined, end: number): string {
  if (entity?.type === 'PERSON' && entity.end >= end) return entity.canonical;
  return raw.replace(/^(the|a|an)\s+/i, '');
}

/** Tokens that close a stretch an apposition cannot cross. */
const APPOSITION_STOPS = new Set(['.', ';', ':', '"', '\u201c', '\u201d', 'that']);
const NAMED_TYPES = new Set(['PERSON', 'ORG']);

/** The tokens of an entity mention, or null when its edges do not fall on tokens. */
function tokensOf(tokens: readonly Token[], e: EntityMention): TokenRange | null {
  const first = tokens.findIndex((t) => t.start >= e.start);
  let last = first;
  while (last >= 0 && last < tokens.length && tokens[last]!.end <= e.end) last++;
  return first >= 0 && last > first ? { first, last } : null;
}

/**
 * "Ivan Petrenko, the mayor of a town under occupation, said": before a comma that closes an apposition, the
 * speaker is the name that opens it, not the last noun of the apposition.
 */
function appositiveHead(ctx: AttributionContext, i: number): (Attribution & { from: number }) | null {
  const { tokens } = ctx;
  let j = i - 1;
  while (j >= 0 && ['ADV', 'AUX', 'PART'].includes(tokens[j]!.pos)) j--;
  if (j < 0 || tokens[j]!.text !== ',') return null;
  for (let k = j - 1; k > 0 && k >= j - 40; k--) {
    if (APPOSITION_STOPS.has(tokens[k]!.text.toLowerCase())) break;
    if (tokens[k]!.text !== ',') continue;
    const before = tokens[k - 1]!;
    const e = ctx.entities.find((x) => NAMED_TYPES.has(x.type) && x.end === before.end);
    const r = e ? tokensOf(tokens, e) : null;
    // The nearest name before a comma opens the apposition ("After talks with X, Y, the chancellor, said" is Y).
    if (r) return { ...named(ctx, r, i), from: r.first };
  }
  return null;
}

function endsInPerson(ctx: AttributionContext, r: TokenRange): boolean {
  const end = ctx.tokens[r.last - 1]!.end;
  return ctx.entities.some((e) => e.type === 'PERSON' && e.end === end);
}

/** "the mayor, Ihor Terekhov": a role followed by the name of who holds it is that person. */
function withAppositive(ctx: AttributionContext, r: TokenRange): TokenRange {
  const { tokens } = ctx;
  if (tokens[r.last]?.text !== ',') return r;
  const next = tokens[r.last + 1];
  const e = next && ctx.entities.find((x) => x.type === 'PERSON' && x.start === next.start);
  return (e && tokensOf(tokens, e)) ?? r;
}

/** A capital speaking for its government, the whole subject of the verb: "Washington said", "Berlin announced". */
function speakingCity(ctx: AttributionContext, r: TokenRange | null): r is TokenRange {
  // "Residents of Kharkiv said": a town governed by a preposition is not the subject.
  if (!r || !ctx.cities || ctx.tokens[r.first - 1]?.pos === 'ADP') return false;
  const start = ctx.tokens[r.first]!.start;
  const end = ctx.tokens[r.last - 1]!.end;
  return ctx.cities.some((c) => c.start === start && c.end === end);
}

/** Whether the phrase could name a source: it looks like one, and is not a date or a place. */
function sourceLike(ctx: AttributionContext, r: TokenRange | null): r is TokenRange {
  if (!r || !looksLikeSource(ctx, r)) return false;
  const start = ctx.tokens[r.first]!.start;
  const end = ctx.tokens[r.last - 1]!.end;
  const place = ctx.notSources.find((x) => x.start <= start && x.end >= end || (x.start < end && x.end > start && x.end >= end));
  // "the mayor of Kharkiv", "Authorities in Sumy Oblast": an office named by its place is a source.
  return !place || ctx.tokens.slice(r.first, r.last).some((t) => t.end <= place.start && SOURCE_HEADS.has(t.text.toLowerCase()));
}

/** A speech word that is part of a name: "the United States", "Daily Post", "Reports Without Borders". */
function inName(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i]!;
  if (i === 0 || !/^[A-Z]/.test(t.text)) return false;
  const prev = tokens[i - 1]!;
  return /^[A-Z]/.test(prev.text) && prev.end + 1 >= t.start;
}

const CONJUNCTIONS = new Set(['and', 'but']);
const DASHES = new Set(['-', '\u2013', '\u2014']);

/** "was announced", "were reported": the speech verb in the passive, its subject what was said. */
function isPassive(tokens: readonly Token[], i: number): boolean {
  if (!tokens[i]!.text.toLowerCase().endsWith('ed')) return false;
  let j = i - 1;
  while (j >= 0 && tokens[j]!.pos === 'ADV') j--;
  return j >= 0 && BE_FORMS.has(tokens[j]!.text.toLowerCase());
}

/**
 * "Authorities in the region bordering Russia reported": a subject found after a participle that opens a
 * reduced relative clause is that clause's object; the speaker stands before the participle.
 */
function beforeRelative(tokens: readonly Token[], r: TokenRange | null): TokenRange | null {
  if (!r || r.first < 2) return r;
  const verb = tokens[r.first - 1]!;
  if (verb.pos !== 'VERB' || !/ing$/i.test(verb.text)) return r;
  return subjectBefore(tokens, r.first - 1) ?? r;
}

const HEAD_POS = new Set(['NOUN', 'PROPN', 'ADJ']);

/**
 * "Japan's Ministry of Foreign Affairs said", "The head of Ukraine railways says": the subject found ends after
 * "of"; its head noun stands before it.
 */
function withHead(tokens: readonly Token[], r: TokenRange | null): TokenRange | null {
  if (!r || tokens[r.first - 1]?.text.toLowerCase() !== 'of') return r;
  let first = r.first - 1;
  while (first - 1 >= 0 && r.first - first < 8) {
    const t = tokens[first - 1]!;
    if (!HEAD_POS.has(t.pos) && t.text !== "'s" && t.text !== '\u2019s') break;
    first--;
  }
  return first < r.first - 1 ? { first, last: r.last } : r;
}

/** "the statement by the minister", "the Ministry of Defence": a source's phrase runs on over one "by"/"of" phrase. */
function withComplement(tokens: readonly Token[], r: TokenRange | null): TokenRange | null {
  if (!r) return r;
  const w = tokens[r.last]?.text.toLowerCase();
  if (w !== 'of' && w !== 'by') return r;
  const more = phraseAfter(tokens, r.last);
  return more ? { first: r.first, last: more.last } : r;
}

/** A speech participle that describes a noun: "the reported attack", "after claimed shelling", "alleged war crimes". */
function isAttributive(tokens: readonly Token[], i: number): boolean {
  const w = tokens[i]!.text.toLowerCase();
  if (!w.endsWith('ed')) return false;
  const prev = tokens[i - 1]?.pos ?? '';
  const next = tokens[i + 1]?.pos ?? '';
  // "the newly announced deal": an adverb between the article and the participle changes nothing.
  const before = prev === 'ADV' ? tokens[i - 2]?.pos ?? '' : prev;
  if (before === 'DET' || before === 'ADP') return next === 'NOUN' || next === 'ADJ' || next === 'PROPN';
  return w === 'alleged' && (next === 'NOUN' || next === 'ADJ' || next === 'PROPN');
}

/** The sentence's first source of claims, if it names one. */
export function findAttribution(ctx: AttributionContext): Attribution | null {
  return findAttributions(ctx)[0] ?? null;
}

/** Every source of claims the sentence names, each with the stretch of the sentence it speaks for. */
export function findAttributions(ctx: AttributionContext): Attribution[] {
  const { tokens } = ctx;
  const found: Attribution[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const w = tokens[i]!.text.toLowerCase();
    if (!SPEECH_WORDS.has(w) || inName(tokens, i) || isAttributive(tokens, i)) continue;
    const a = attributionAt(ctx, i, w, found);
    if (a) found.push(a);
  }
  return found;
}

function attributionAt(ctx: AttributionContext, i: number, w: string, found: readonly Attribution[]): Attribution | null {
  const { tokens } = ctx;
  const n = tokens.length;
  // "was announced by the ministry": the agent speaks; "the annexation was announced": no one named does.
  if (isPassive(tokens, i)) {
    const by = tokens[i + 1]?.text.toLowerCase() === 'by' ? phraseAfter(tokens, i + 1) : null;
    return sourceLike(ctx, by) ? { ...named(ctx, by, i), scope: { first: 0, last: n } } : null;
  }
  // "The government announced a grant, and said it would ...": the second verb shares the first one's speaker.
  if (CONJUNCTIONS.has(tokens[i - 1]?.text.toLowerCase() ?? '')) {
    const previous = found[found.length - 1];
    if (previous) return { ...previous, at: i, scope: { first: i, last: n } };
    // "The government responded to a request from X, but said ...": the sentence's subject speaks, not X.
    const opening = phraseAfter(tokens, -1, i);
    if (sourceLike(ctx, opening)) return { ...named(ctx, opening, i), scope: { first: forwardFrom(tokens, i), last: n } };
  }
  if (w === 'according') {
    if (tokens[i + 1]?.text.toLowerCase() !== 'to') return null;
    const r = withComplement(tokens, phraseAfter(tokens, overModifiers(tokens, i + 1)));
    if (!sourceLike(ctx, r)) return null;
    // "According to X, ..." speaks for what follows; "..., according to X" for what came before.
    return { ...named(ctx, r, i), scope: opensClause(tokens, i) ? { first: r.last, last: n } : { first: 0, last: i } };
  }
  const subject = withHead(tokens, afterDash(tokens, beforeRelative(tokens, subjectBefore(tokens, overParenthesis(tokens, i)))));
  const forward = (a: Attribution, first: number): Attribution => {
    // "Russian forces took the village (the ministry said)": a speaker in brackets speaks for what came before.
    const bracket = openBracketBefore(tokens, first);
    if (bracket >= 0) return { ...a, at: i, scope: { first: 0, last: bracket } };
    return { ...a, at: i, scope: isReportTag(tokens, first, i) ? { first: 0, last: first } : { first: forwardFrom(tokens, i), last: n } };
  };
  // A person named right before the verb speaks: "The head of X, Colonel Y, said".
  if (subject && endsInPerson(ctx, subject) && sourceLike(ctx, subject)) return forward(named(ctx, subject, i), subject.first);
  // Inverted after a comma or quote: "..., said the mayor, Ihor Terekhov.", "...” indicated the statement". The
  // phrase after the verb speaks only when no verb of its own follows it ("X, Y, said Ukraine's army had ...").
  const after = tokens[i + 1]?.text.toLowerCase() === 'that' || OBJECT_PRONOUNS.has(tokens[i + 1]?.text.toLowerCase() ?? '') ? null : withComplement(tokens, phraseAfter(tokens, i));
  if (afterBreak(tokens, i) && sourceLike(ctx, after) && !verbFollows(tokens, after)) return { ...named(ctx, withAppositive(ctx, after), i), scope: { first: 0, last: i } };
  if (sourceLike(ctx, subject) || speakingCity(ctx, subject)) {
    const head = appositiveHead(ctx, i);
    return head ? forward(head, head.from) : forward(named(ctx, subject, i), subject.first);
  }
  const head = appositiveHead(ctx, i);
  if (head) return forward(head, head.from);
  // "The statement, which ..., states that": the sentence's opening phrase, when a comma closes what came between.
  const opening = phraseAfter(tokens, -1, i);
  if (sourceLike(ctx, opening) && closesInterruption(tokens, i)) return forward(named(ctx, opening, i), opening.first);
  return null;
}

const OPENING_BRACKETS: Record<string, string> = { ')': '(', ']': '[' };

/**
 * "The Russian Ministry of Defense (MoD) claimed": where the verb's subject ends in a bracket that names it again,
 * the subject is sought before the bracket (the index of its opening one); else at the verb `i` itself.
 */
function overParenthesis(tokens: readonly Token[], i: number): number {
  let j = i - 1;
  while (j >= 0 && ['ADV', 'AUX', 'PART'].includes(tokens[j]!.pos)) j--;
  const open = j >= 0 ? OPENING_BRACKETS[tokens[j]!.text] : undefined;
  if (!open) return i;
  for (let k = j - 1; k >= 0 && j - k <= 12; k--) {
    if (tokens[k]!.text === open) return k;
    if (OPENING_BRACKETS[tokens[k]!.text]) break;
  }
  return i;
}

/** The index of a bracket left open before token `first` in the sentence ("... (the ministry said"), or -1. */
function openBracketBefore(tokens: readonly Token[], first: number): number {
  for (let k = first - 1; k >= 0; k--) {
    const t = tokens[k]!.text;
    if (OPENING_BRACKETS[t]) return -1;
    if (t === '(' || t === '[') return k > 0 ? k : -1;
  }
  return -1;
}

/** "according to a publicly disclosed report": the article, adverbs and participles before the noun phrase. */
function overModifiers(tokens: readonly Token[], k: number): number {
  while (k + 1 < tokens.length && k < tokens.length) {
    const t = tokens[k + 1]!;
    if (t.pos === 'DET' || t.pos === 'ADV' || (t.pos === 'VERB' && /ed$/i.test(t.text))) k++;
    else break;
  }
  return k;
}

/** Whether a verb comes right after the phrase: then the phrase is that verb's subject, not a speaker. */
function verbFollows(tokens: readonly Token[], r: TokenRange): boolean {
  const next = tokens[r.last];
  return !!next && (next.pos === 'VERB' || next.pos === 'AUX');
}

/** Whether a comma stands right before the verb at `i` (adverbs and auxiliaries aside). */
function closesInterruption(tokens: readonly Token[], i: number): boolean {
  let j = i - 1;
  while (j >= 0 && ['ADV', 'AUX', 'PART'].includes(tokens[j]!.pos)) j--;
  return j >= 0 && tokens[j]!.text === ',';
}

/** "... we will win - he noted": a spaced dash ends what was said; the speaker's phrase starts after it. */
function afterDash(tokens: readonly Token[], r: TokenRange | null): TokenRange | null {
  if (!r) return r;
  for (let k = r.last - 1; k > r.first; k--) {
    const t = tokens[k]!;
    if (DASHES.has(t.text) && tokens[k - 1]!.end < t.start) return k + 1 < r.last ? { first: k + 1, last: r.last } : null;
  }
  return r;
}

/** The source whose stretch holds the token at `t`, the nearest speech word first; null when none speaks for it. */
export function attributionFor(found: readonly Attribution[], t: number): Attribution | null {
  let best: Attribution | null = null;
  for (const a of found) {
    if (!a.scope || t < a.scope.first || t >= a.scope.last) continue;
    if (!best || Math.abs(a.at - t) < Math.abs(best.at - t)) best = a;
  }
  return best;
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
