// One section's events, sentence by sentence: the rules' matches, each with the places of its stretch of the
// sentence (one event per place of a list), its date (the sentence's time expression, else the publication day
// where the post was written), modality, source and tolls. Triggers of the violence family in one sentence are
// one event ("погибли при попадании ракеты"); a sentence that only tells a toll or damage joins the attack
// before it, unless it names another place.
import type { AnnotatedSection, EntityMention, PlaceMention, Sentence, Timex } from '../../../annotate/types.js';
import type { Draft } from '../../../events/draft.js';
import type { EventDate } from '../../../events/types.js';
import { EVENT_TYPES } from '../../../events/taxonomy.js';
import { combineCounts } from '../../../events/args/casualties.js';
import { byStart, within } from '../../../text/spans.js';
import type { InstrumentKey, SlavicLexicon } from './lexicon/types.js';
import { findMatches, instrumentOf, type SlavicMatch } from './match.js';
import { eventPlaces } from './place.js';
import { findSources, type Source } from './source.js';
import { findTolls, type Tolls } from './casualties.js';
import { isOngoing, modalityAt } from './modality.js';
import { matches } from './stems.js';
import { wordsOf, type Word } from './words.js';

export interface DocumentView {
  lex: SlavicLexicon;
  /** The weapon the document names most, for a strike or damage whose sentence names none. */
  instrument: InstrumentKey | null;
  /** The document speaks of war: a death in it is a casualty, not an accident. */
  war: boolean;
  /** The document names an explosive device. */
  ied: boolean;
  /** The time zone the language's posts are written in: "today" is the publication day there. */
  timeZone: string;
  /** The post's own channel, from its sign-off ("Подписывайся на Mash"), lowercase: citing itself names no source. */
  self: ReadonlySet<string>;
}

/** A draft with why it is no event an analyst would log (null when it is one). */
export interface Proposed {
  draft: Draft;
  drop: string | null;
}

const INSTRUMENT_TYPE: Readonly<Record<InstrumentKey, Draft['type']>> = {
  drone: 'strike.drone', missile: 'strike.missile', air: 'strike.air', artillery: 'strike.shelling', ied: 'explosive.mine', knife: 'violence.attack-civilians',
};
const INSTRUMENT_NAME: Readonly<Partial<Record<InstrumentKey, string>>> = { drone: 'drone', missile: 'missile', artillery: 'artillery', ied: 'mine' };
const DAY = /^\d{4}-\d{2}-\d{2}/;
const WEEK = /^\d{4}-W\d{2}$/;
const MONTH = /^\d{4}-\d{2}$/;
/** Sentences back that a toll with no trigger of its own looks for the attack it belongs to. */
const TOLL_REACH = 3;
/** Place kinds fine enough to tell one attack from another in the same post. */
const FINE_KINDS = new Set(['settlement', 'admin2', 'feature']);

/** One formatter per time zone: building one costs milliseconds, and every event asks for its report day. */
const DAY_FORMATS = new Map<string, Intl.DateTimeFormat>();
const DAYS = new Map<string, string>();

/** The calendar day of an instant in a time zone. */
export function localDay(iso: string, timeZone: string): string {
  if (iso.length <= 10) return iso.slice(0, 10);
  const key = `${timeZone} ${iso}`;
  const known = DAYS.get(key);
  if (known) return known;
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso.slice(0, 10);
  let format = DAY_FORMATS.get(timeZone);
  if (!format) DAY_FORMATS.set(timeZone, (format = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' })));
  const day = format.format(d);
  // Report times repeat (every event of a document shares one); the cache is cleared before it grows large.
  if (DAYS.size > 10_000) DAYS.clear();
  DAYS.set(key, day);
  return day;
}

function timexDate(t: Timex): EventDate | null {
  if (t.type !== 'DATE' && t.type !== 'TIME') return null;
  const base = { basis: 'timex' as const, timex: t.text, ...(t.range ? { start: t.range.start, end: t.range.end } : {}) };
  if (DAY.test(t.value)) return { value: t.value.slice(0, 10), precision: 'day', ...base };
  if (WEEK.test(t.value)) return { value: t.value, precision: 'week', ...base };
  if (MONTH.test(t.value)) return { value: t.value, precision: 'month', ...base };
  return null;
}

/**
 * The sentence's time expression nearest the trigger, else the publication day. A deed told as done cannot
 * lie after the day it was reported: a time expression resolved past it ("вночі" taken for the coming night)
 * is passed over, unless the sentence speaks of a plan.
 */
function dateAt(timexes: readonly Timex[], at: number, reportTime: string | null, timeZone: string, future: boolean): { date: EventDate | null; quality: number } {
  const today = reportTime ? localDay(reportTime, timeZone) : null;
  let best: { date: EventDate; d: number } | null = null;
  for (const t of timexes) {
    const date = timexDate(t);
    if (date && today && !future && (date.start ?? date.value).slice(0, 10) > today) continue;
    const d = Math.min(Math.abs(t.start - at), Math.abs(t.end - at));
    if (date && (!best || d < best.d)) best = { date, d };
  }
  if (best) return { date: best.date, quality: best.date.precision === 'day' ? 1 : 0.8 };
  if (!reportTime) return { date: null, quality: 0 };
  return { date: { value: localDay(reportTime, timeZone), precision: 'day', basis: 'report-time' }, quality: 0.4 };
}

function paragraphOf(text: string, at: number): number {
  return text.lastIndexOf('\n', at);
}

interface SectionState {
  source: Source | null;
  sourceParagraph: number;
  out: Proposed[];
}

export function extractSection(s: AnnotatedSection, index: number, view: DocumentView): Proposed[] {
  const text = s.section.text.text;
  const places = byStart(s.places);
  const timexes = byStart(s.timexes);
  const state: SectionState = { source: null, sourceParagraph: -2, out: [] };
  let k = 0;
  const entities = byStart(s.entities);
  for (const sentence of s.sentences) for (const piece of pieces(text, sentence)) readSentence({ s, index, view, text, places, entities, timexes, state }, piece, k++);
  return state.out;
}

/** Bullets and line breaks a Telegram post lists its news with: each item is read as a sentence of its own. */
const ITEM_BREAK = /\n|[▪•🔻🔸🔹✅❗⚡🔴💬🎯📩]/gu;

function pieces(text: string, sentence: Sentence): Sentence[] {
  const out: Sentence[] = [];
  let from = sentence.start;
  for (const m of text.slice(sentence.start, sentence.end).matchAll(ITEM_BREAK)) {
    const at = sentence.start + m.index;
    if (/\p{L}/u.test(text.slice(from, at))) out.push({ start: from, end: at, tokens: [] });
    from = at + m[0].length;
  }
  if (/\p{L}/u.test(text.slice(from, sentence.end))) out.push({ start: from, end: sentence.end, tokens: [] });
  return out;
}

interface SentenceContext {
  s: AnnotatedSection;
  index: number;
  view: DocumentView;
  text: string;
  places: readonly PlaceMention[];
  entities: readonly EntityMention[];
  timexes: readonly Timex[];
  state: SectionState;
}

function readSentence(c: SentenceContext, sentence: Sentence, k: number): void {
  const { view, text, state } = c;
  const lex = view.lex;
  const words = wordsOf(text, sentence.start, sentence.end);
  if (words.length === 0) return;
  const places = within(c.places, sentence.start, sentence.end);
  const paragraph = paragraphOf(text, sentence.start);
  const named = findSources({ text, words, places, entities: within(c.entities, sentence.start, sentence.end), lex, last: state.source })
    .filter((n) => !view.self.has(n.name.toLowerCase()));
  const own = named[named.length - 1] ?? null;
  const carried = state.source && state.sourceParagraph === paragraph ? state.source : null;
  if (own) {
    state.source = own;
    state.sourceParagraph = paragraph;
  }
  // The source named nearest a trigger is its; a sentence naming none keeps the paragraph's.
  const sourceFor = (at: number): Source | null => named.length === 0 ? carried
    : named.reduce((a, b) => (Math.abs(b.start - at) < Math.abs(a.start - at) ? b : a));
  const source = own ?? carried;
  const tolls = findTolls(words, lex);
  const found = findMatches({ words, places, lex, documentInstrument: view.instrument, documentIed: view.ied });
  if (found.length === 0) {
    attachTolls(state.out, k, tolls);
    if (own && aboutThat(words)) for (const p of state.out) if (p.draft.sentence === k - 1 && !p.draft.source) p.draft.source = { name: own.name, ...(own.side ? { side: own.side } : {}) };
    return;
  }
  const timexes = within(c.timexes, sentence.start, sentence.end);
  const sourceSpans = named.filter((n) => n.start >= sentence.start);
  const instruments = [...new Set(words.map((w) => instrumentOf(w, lex)).filter((x): x is InstrumentKey => x !== null))];
  // Each trigger's stretch runs from its own word (the first from the sentence start) to the next trigger: the
  // places after a verb are its objects, and no place belongs to two stretches.
  const starts = found.map((m, j) => (j === 0 ? sentence.start : words[m.at]!.start));
  const drafts = found.map((m, j) => {
    const from = starts[j]!;
    const to = j < found.length - 1 ? starts[j + 1]! : sentence.end;
    const pv = { words, places, lex, sourceSpans };
    // A trigger's places are those of its own stretch: another trigger's place is that one's (violent triggers
    // of one sentence share theirs when they merge below). A stretch naming none refers back to the one before
    // it ("сбили 11 беспилотников над X, при падении обломков одного из них ..."), never forward to the next.
    const own = eventPlaces(pv, from, to);
    // Only what followed from the event before refers back (wreckage falling, a toll, damage, the interception
    // of the attack: "нанесли удар по объекту в X ..., сбили пять ракет"); "12 ударів по районах зосередження"
    // after a strike on a named town is another, placeless count.
    const follows = m.rule.aftermath || m.rule.trigger === 'fall' || m.rule.trigger === 'hit' || m.type === 'weapons.disrupted';
    const back = own.length === 0 && j > 0 && follows ? eventPlaces(pv, starts[j - 1]!, from) : [];
    return { m, places: own.length ? own : back, draft: draftOf(c, sentence, k, words, m, timexes, sourceFor(words[m.at]!.start), instruments) };
  });
  // "Никто не пострадал" is a toll of none (findTolls reads it), not an event of its own.
  const reported = drafts.filter((d) => !d.m.rule.aftermath || d.draft.modality === 'asserted');
  // A toll or damage told beside an interception or an arrest is that event's, not one of its own.
  const main = reported.filter((d) => !d.m.rule.aftermath);
  const merged = mergeViolence(main.length && main.every((d) => EVENT_TYPES[d.draft.type].family !== 'violence') ? main : reported);
  if (merged.length === 0) {
    attachTolls(state.out, k, tolls);
    return;
  }
  const aftermathOnly = merged.every((d) => d.m.rule.aftermath);
  if (aftermathOnly && attachAftermath(state.out, k, merged, tolls)) return;
  const located: Array<{ draft: Draft; m: SlavicMatch }> = [];
  for (const d of merged) {
    // A toll or damage told on its own, in a post about a raid, is that raid's strike at another place.
    if (aftermathOnly && view.instrument && view.war) d.draft.type = INSTRUMENT_TYPE[view.instrument];
    const carried = d.places.length === 0 ? carriedPlace(state.out, k, paragraph, text) : null;
    const drafts = d.places.length ? d.places.map((p) => atPlace(d.draft, p, d.places.length > 1)) : [{ ...d.draft, location: carried, placeQuality: carried ? 0.5 : 0 }];
    for (const x of drafts) located.push({ draft: x, m: d.m });
  }
  // A toll goes to the one violent event of the sentence; one told for a list of places is no one place's.
  const violent = located.filter((p) => ['violence', 'disaster'].includes(EVENT_TYPES[p.draft.type].family));
  // Violent events of one sentence at one place fold into one below: the toll is theirs.
  if (violent.length > 0 && new Set(violent.map((p) => p.draft.location?.name ?? null)).size === 1) applyTolls(violent[0]!.draft, tolls);
  else if (violent.length === 0 && located.length === 1) applyTolls(located[0]!.draft, tolls);
  const proposed = located.map(({ draft, m }) => ({ draft, drop: dropReason(draft, words, m, view, timexes.length > 0, !!source) }));
  state.out.push(...proposed);
}

/** "Про це повідомили в ОВА", "Об этом сообщил губернатор": a source for what the sentence before told. */
function aboutThat(words: readonly Word[]): boolean {
  const head = words.slice(0, 3).map((w) => w.norm).join(' ');
  return /^(?:про це|об этом|о том|про те)(?: |$)/.test(head);
}

function atPlace(d: Draft, p: PlaceMention, listed: boolean): Draft {
  return {
    ...d, location: { ...p.place }, placeQuality: 1, evidence: [...d.evidence], actors: [...d.actors], instruments: [...d.instruments], quotes: [],
    ...(listed ? { listed: d.trigger.start } : {}),
  };
}

/** Families whose events share a place with the next sentence's: an attack and its interception. */
const CARRIES = new Set(['violence', 'disruption']);
/** Sentences back a place is carried from. */
const CARRY_REACH = 2;

/**
 * The place of the attack or interception told just before, in the same paragraph: "Днепр был атакован
 * ракетами. Среди них — ... Удалось сбить шесть ракет." Only from the latest sentence that reported an event,
 * and only when that event was an attack or an interception: a summary's later counts ("14 ударів по районах
 * зосередження") are no one place's.
 */
function carriedPlace(out: readonly Proposed[], k: number, paragraph: number, text: string): Draft['location'] {
  const latest = out.findLast((p) => p.draft.sentence < k);
  if (!latest || latest.draft.sentence < k - CARRY_REACH) return null;
  const last = out.findLast((p) => p.draft.sentence === latest.draft.sentence && p.draft.location && p.drop === null && CARRIES.has(EVENT_TYPES[p.draft.type].family));
  if (!last || paragraphOf(text, last.draft.evidence[0]!.start) !== paragraph) return null;
  return last.draft.location;
}

function draftOf(c: SentenceContext, sentence: Sentence, k: number, words: readonly Word[], m: SlavicMatch, timexes: readonly Timex[], source: Source | null, instruments: readonly InstrumentKey[]): Draft {
  const w = words[m.at]!;
  const modality = modalityAt(words, m.at, c.view.lex);
  const dated = dateAt(timexes, w.start, c.s.section.reportTime, c.view.timeZone, modality === 'planned' || modality === 'hypothetical');
  const info = EVENT_TYPES[m.type];
  return {
    type: m.type, weight: m.rule.weight, section: c.index, sentence: k,
    trigger: { start: w.start, end: w.end, text: w.text },
    evidence: [{ start: sentence.start, end: sentence.end }],
    date: dated.date, dateQuality: dated.quality, location: null, placeQuality: 0,
    actors: [], fatalities: null, injuries: null,
    modality,
    source: source ? { name: source.name, ...(source.side ? { side: source.side } : {}) } : null,
    verification: null,
    instruments: info.family === 'violence' ? instruments.flatMap((i) => INSTRUMENT_NAME[i] ?? []) : [],
    quotes: [], mentions: 1, anchors: 0, weakTrigger: false, lastResort: false, rule: m.rule.name,
  };
}

interface Matched {
  m: SlavicMatch;
  places: PlaceMention[];
  draft: Draft;
}

/** The violent triggers of one sentence are one event, of the highest-ranked type, at the places any of them names. */
function mergeViolence(drafts: Matched[]): Matched[] {
  const out: Matched[] = [];
  for (const d of drafts) {
    // A strike and its toll or damage are one event, and so are two violent words of which one has no place of
    // its own ("відбили 12 атак на X": a clash at X, the higher type winning); air strikes on some villages and
    // shelling of others ("завдав авіаційних ударів по A і B, а також обстріляв C") are two.
    const one = (a: Matched, b: Matched) => a.draft.modality === b.draft.modality && EVENT_TYPES[a.draft.type].family === 'violence' && EVENT_TYPES[b.draft.type].family === 'violence' &&
      (a.m.rule.aftermath || b.m.rule.aftermath || a.places.length === 0 || b.places.length === 0);
    const same = out.find((o) => one(o, d));
    if (!same) {
      out.push(d);
      continue;
    }
    const [win, lose] = EVENT_TYPES[d.draft.type].rank > EVENT_TYPES[same.draft.type].rank ? [d, same] : [same, d];
    if (win.places.length === 0) win.places = lose.places;
    win.draft.weight = Math.max(win.draft.weight, lose.draft.weight);
    out[out.indexOf(same)] = { ...win, m: win.m.rule.aftermath ? lose.m : win.m };
  }
  return out;
}

function applyTolls(d: Draft, tolls: Tolls): void {
  if (tolls.dead) d.fatalities = combineCounts(d.fatalities, tolls.dead);
  if (tolls.injured) d.injuries = combineCounts(d.injuries, tolls.injured);
}

/** The latest violent event of the last few sentences that is no toll or damage itself. */
function previousAttack(out: readonly Proposed[], k: number, reach = k): Proposed | undefined {
  return out.findLast((p) => p.draft.sentence < k && p.draft.sentence >= k - reach && p.drop === null &&
    EVENT_TYPES[p.draft.type].family === 'violence' && p.draft.type !== 'casualties.report' && p.draft.type !== 'infrastructure.damage');
}

function attachTolls(out: Proposed[], k: number, tolls: Tolls): void {
  if (!tolls.dead && !tolls.injured) return;
  const target = out.findLast((p) => p.draft.sentence === k - 1 && ['violence', 'disaster'].includes(EVENT_TYPES[p.draft.type].family)) ?? previousAttack(out, k, TOLL_REACH);
  if (target) applyTolls(target.draft, tolls);
}

/** "Сбитая ракета упала на жилой сектор, повреждены дома": the damage or toll of the attack just told, at its place. */
function attachAftermath(out: Proposed[], k: number, merged: readonly Matched[], tolls: Tolls): boolean {
  const attack = previousAttack(out, k);
  if (!attack) return false;
  // Damage at a village of its own ("В хуторе X повреждена кровля") is that village's strike; elsewhere it is the attack's.
  const here = merged.flatMap((d) => d.places).map((p) => p.place).filter((p) => FINE_KINDS.has(p.kind));
  if (here.length && !out.some((o) => o.draft.location && here.some((p) => p.name === o.draft.location!.name))) return false;
  const span = merged[0]!.draft.evidence[0]!;
  if (!attack.draft.evidence.some((e) => e.start === span.start)) attack.draft.evidence.push(span);
  applyTolls(attack.draft, tolls);
  return true;
}

/** Why a draft is no event to log, or null: the rules propose, these keep what the codebook counts as events. */
function dropReason(d: Draft, words: readonly Word[], m: SlavicMatch, view: DocumentView, ownTimex: boolean, sourced: boolean): string | null {
  const family = EVENT_TYPES[d.type].family;
  const political = family === 'political';
  if (d.modality === 'hypothetical') return 'hypothetical';
  if (d.modality === 'planned' && !political) return 'forecast';
  // "Не знищать нашу сміливість": a denied or figurative deed; what did not happen is logged for decisions and talks only.
  if (d.modality === 'negated' && !political) return 'negated';
  if (isOngoing(words, m.at, view.lex)) return 'ongoing';
  // "После атаки беспилотников аэропорты приостановили полеты": the attack is told elsewhere; this tells what followed.
  // "После падения беспилотников загорелись дома" tells the damage it did: that is the event.
  const aftermath = words.some((w) => matches(w.norm, view.lex.triggers.damage) || matches(w.norm, view.lex.triggers.death) || matches(w.norm, view.lex.triggers.injury));
  if (/^(?:после|після|пiсля)$/.test(words[m.at - 1]?.norm ?? '') && !aftermath) return 'reference';
  if (d.type === 'casualties.report' && !view.war) return 'no-war';
  const fine = d.location && d.location.kind !== 'country' && d.location.kind !== 'region';
  if (!political && !d.location && !((d.fatalities?.best ?? 0) > 0 && ownTimex)) return 'no-place';
  if (!political && !fine && !ownTimex && !sourced) return 'country-only';
  // Talks, visits and decisions are spoken of far more than held: one held has a place or a day of its own.
  if (political && !d.location && !ownTimex && !words.some((w) => matches(w.norm, view.lex.cues.today))) return 'no-anchor';
  if ((!d.location || d.location.kind === 'country') && words.some((w) => matches(w.norm, view.lex.cues.total))) return 'total';
  return null;
}
