// One section's events, sentence by sentence: triggers, their sub-type, actors, place, date, modality and
// source; coordinated triggers of one family in a sentence become one event; tolls attach to the event
// they follow.
import type { AnnotatedSection, EntityMention, PlaceMention, Sentence } from '../annotate/types.js';
import { byStart, covers, within } from '../text/spans.js';
import { countStep, countingSteps } from '../text/step-counts.js';
import type { Draft } from './draft.js';
import type { EventActor } from './types.js';
import { EVENT_TYPES } from './taxonomy.js';
import { findTriggers, SentenceLemmas, type TriggerMatch } from './match.js';
import { refineType } from './refine.js';
import { findInstruments, leadingInstrument } from './lexicon/instruments.js';
import { BLANK, CASUALTY, SPEECH, TRIGGER, VERIFY, sentenceFlags } from './lexicon/word-flags.js';
import { findActors, isArmedActor, targetKind } from './args/actors.js';
import { dateEvent, SectionTimexes } from './args/date.js';
import { modifierPlaces, placeEvent } from './args/place.js';
import { modalityAt, namesEarlierEra } from './args/modality.js';
import { refusesToActOn } from './args/refusal.js';
import { isAspectualInfinitive, isAttributive, isDemandedInfinitive, isBackgroundMention, isNameOrIdiom, isPurposeInfinitive, isReportedDeed, isSetting, isStateParticiple, namesTheWar, sentenceAnchors } from './specific.js';
import { combineCounts, findCasualties } from './args/casualties.js';
import { splitByPlaces } from './split-places.js';
import { namesDestination } from './destination.js';
import { subjectBefore } from './args/phrase.js';
import { attributionFor, findAttributions, findQuotes, findVerification, type Attribution } from './args/attribution.js';

/** What carries from one sentence (and section) to the next. */
export interface DocumentMemory {
  lastPerson: EventActor | null;
  lastGroup: EventActor | null;
  lastSource: Attribution | null;
  /** Verification said of each source anywhere in the document, by source name. */
  sourceVerification: Map<string, 'unconfirmed' | 'confirmed' | 'disputed' | 'unknown'>;
  /** The day that stands for the report time when a section has none (see index.ts). */
  latestDay: string | null;
}

const NOUN_POS = new Set(['NOUN', 'PROPN', 'ADJ']);
/** Types that describe what an attack left behind rather than a new happening. */
const AFTERMATH = new Set(['casualties.report', 'infrastructure.damage']);

/** The sentence without white-space tokens (a sentence may open with the blank line before it). */
function trimSentence(s: Sentence): Sentence {
  const tokens = s.tokens.filter((t) => t.text.trim() !== '');
  if (tokens.length === s.tokens.length) return s;
  return { start: tokens[0]?.start ?? s.start, end: tokens[tokens.length - 1]?.end ?? s.end, tokens };
}

function paragraphStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

/** The start of the paragraph holding `at`: the last start at or before it (starts ascending). */
function paragraphStartOf(starts: readonly number[], at: number): number {
  let lo = 0;
  let hi = starts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (starts[mid]! <= at) lo = mid + 1;
    else hi = mid;
  }
  return lo > 0 ? starts[lo - 1]! : 0;
}

/** The drafts of sentence `from` and later: drafts are kept in sentence order, so they are the list's tail. */
function recent(drafts: readonly Draft[], from: number): Draft[] {
  let i = drafts.length;
  while (i > 0 && drafts[i - 1]!.sentence >= from) i--;
  return drafts.slice(i);
}

/**
 * "The claim could not be independently confirmed." "A spokesman ... described the statement as false.": a
 * sentence that judges a claim made just before, by someone other than its source, sets that claim's status.
 */
function judgeEarlierClaim(drafts: Draft[], k: number, verdict: 'unconfirmed' | 'confirmed' | 'disputed' | 'unknown', by: Attribution | null): void {
  if (verdict !== 'unconfirmed' && verdict !== 'disputed') return;
  const claim = recent(drafts, k - 2).findLast((d) => d.sentence < k && d.source);
  if (!claim || (by && by.name === claim.source!.name)) return;
  if (claim.verification === null || (claim.verification === 'unconfirmed' && verdict === 'disputed')) claim.verification = verdict;
}

/** Whether offset `at` lies in a person's name: "Burns has traveled to Kyiv" names the CIA director. */
function inPersonName(people: readonly EntityMention[], at: number): boolean {
  return covers(people, at);
}

/** Arrests in a sentence that reports a protest or riot are its intervention (ACLED codes the protest). */
const AT_A_PROTEST = (a: Draft, b: Draft) => a.type === 'arrest' && /^(protest|riot)\./.test(b.type);

/** Two drafts of one sentence placed apart tell two actions (one event per action and place); an unplaced one joins. */
const samePlace = (a: Draft, b: Draft) => !a.location || !b.location || a.location.name === b.location.name;

/** Keeps the highest-ranked draft of each family (and place) in a sentence, folding the others' facts into it. */
function mergeInSentence(drafts: Draft[]): Draft[] {
  const out: Draft[] = [];
  for (const d of drafts) {
    const family = EVENT_TYPES[d.type].family;
    const same = out.find((o) => o.modality === d.modality && ((EVENT_TYPES[o.type].family === family && family === 'violence' && samePlace(o, d)) || AT_A_PROTEST(o, d) || AT_A_PROTEST(d, o)));
    if (!same) {
      out.push(d);
      continue;
    }
    const [win, lose] = EVENT_TYPES[d.type].rank > EVENT_TYPES[same.type].rank ? [d, same] : [same, d];
    win.weight = Math.max(win.weight, lose.weight);
    win.location ??= lose.location;
    for (const a of lose.actors) if (!win.actors.some((w) => w.name === a.name)) win.actors.push(a);
    for (const i of lose.instruments) if (!win.instruments.includes(i)) win.instruments.push(i);
    out[out.indexOf(same)] = win;
  }
  return out;
}

export function extractSection(s: AnnotatedSection, sectionIndex: number, memory: DocumentMemory): Draft[] {
  const text = s.section.text.text;
  const paragraphs = paragraphStarts(text);
  // Sorted by start, so that each sentence looks up its own timexes, places and names by binary search.
  const timexes = byStart(s.timexes);
  const places = byStart(s.places);
  const entities = byStart(s.entities);
  // A town is no speaker, but a country is: "Ukraine said", "Russia claimed".
  const notSources = byStart([...timexes, ...places.filter((p) => p.place.kind !== 'country')]);
  const cities = places.filter((p) => p.place.kind === 'settlement');
  const dates = new SectionTimexes(timexes);
  const people = entities.filter((e) => e.type === 'PERSON');
  const modifiers = modifierPlaces(places, s.sentences, people);
  const drafts: Draft[] = [];
  let pendingQuote: Draft[] = [];
  let fallback: { sentence: Sentence; k: number; match: TriggerMatch } | null = null;
  s.sentences.forEach((raw: Sentence, k: number) => {
    const flags = sentenceFlags(raw.tokens);
    const sentence = flags & BLANK ? trimSentence(raw) : raw;
    const tokens = sentence.tokens;
    if (tokens.length === 0) return;
    const all = flags & TRIGGER ? findTriggers(tokens) : [];
    const triggers = all.filter((m) => {
      const veto = vetoOf(m, tokens, people);
      if (countingSteps) countStep('events', veto ? `veto:${veto}` : `rule:${m.rule.name}`);
      return veto === null;
    });
    const resort = all.find((m) => m.rule.lastResort);
    if (resort && !fallback) fallback = { sentence, k, match: resort };
    const attributions = flags & SPEECH
      ? findAttributions({ text, tokens, entities: within(entities, sentence.start, sentence.end), notSources: within(notSources, sentence.start, sentence.end), cities: within(cities, sentence.start, sentence.end), lastSource: memory.lastSource })
      : [];
    const attribution = attributions[0] ?? null;
    const verification = flags & VERIFY ? findVerification(tokens) : null;
    if (attribution) {
      memory.lastSource = attributions[attributions.length - 1]!;
      if (verification) memory.sourceVerification.set(attribution.name, verification);
    }
    // A quote opened earlier and closed here: its events get this sentence's source.
    const quotes = findQuotes(text, sentence.start, sentence.end);
    if (pendingQuote.length && attribution) for (const d of pendingQuote) attachSource(d, attribution, verification);
    if (pendingQuote.length && (quotes.length === 0 || text.slice(sentence.start, sentence.end).includes('\u201d'))) pendingQuote = [];
    if (verification) judgeEarlierClaim(drafts, k, verification, attribution);
    if (triggers.length === 0) {
      if (flags & CASUALTY) attachCasualties(drafts, tokens, k);
      return;
    }
    const facts = factsOf(sentence, { timexes: dates, places, entities }, paragraphs, memory, modifiers);
    const sentenceDrafts = triggers.map((m) => draftOf(s, sectionIndex, sentence, k, m, facts));
    const merged = splitByPlaces(mergeInSentence(sentenceDrafts), text, sentence, places, modifiers);
    // "A civilian was killed." "A house was damaged.": the toll or damage of the event just reported.
    const previous = recent(drafts, k - 2).findLast((d) => EVENT_TYPES[d.type].family === 'violence' && !AFTERMATH.has(d.type));
    // Damage at a scene of its own ("also destroyed a refinery in X" after a strike on Y) is another event.
    const ownScene = (d: Draft) => d.placeQuality === 1 && !!d.location && !!previous?.location && d.location.name !== previous.location.name;
    if (previous && merged.every((d) => AFTERMATH.has(d.type) && !ownScene(d))) {
      previous.evidence.push({ start: sentence.start, end: sentence.end });
      attachCasualties(drafts, tokens, k);
      return;
    }
    for (const d of merged) {
      // Only the source whose stretch of the sentence tells the event speaks for it.
      const at = tokens.findIndex((t) => t.start >= d.trigger.start);
      const own = attributionFor(attributions, at);
      if (own) attachSource(d, own, verification, subjectText(tokens, at));
      else if (verification) d.verification = verification;
      const inQuote = quotes.find((q) => q.start <= d.trigger.start && q.end >= d.trigger.end);
      if (inQuote) d.quotes.push({ ...inQuote, speaker: own?.name ?? attribution?.name ?? null });
    }
    drafts.push(...merged);
    // Quote still open at the sentence end: the speaker comes later.
    const open = quotes.find((q) => q.end === sentence.end && text[q.end - 1] !== '\u201d' && text[q.end - 1] !== '"');
    if (open && !attribution) pendingQuote.push(...merged);
    attachCasualties(drafts, tokens, k);
    for (const d of merged) {
      const a1 = d.actors.find((a) => a.role === 'actor1');
      if (a1 && /^[A-Z]/.test(a1.name) && !a1.name.includes(' forces') && a1.name.split(/\s+/).length <= 4) memory.lastPerson = a1;
      if (a1 && isArmedActor(a1)) memory.lastGroup = a1;
    }
  });
  // Assigned inside the forEach callback, which the compiler's narrowing cannot see.
  const last = fallback as { sentence: Sentence; k: number; match: TriggerMatch } | null;
  if (drafts.length === 0 && last) {
    const { sentence, k, match } = last;
    drafts.push(draftOf(s, sectionIndex, sentence, k, match, factsOf(sentence, { timexes: dates, places, entities }, paragraphs, memory, modifiers)));
    attachCasualties(drafts, sentence.tokens, k);
  }
  return drafts;
}

/** Meetings, talks, calls and visits: a participant who tells of one reports their own act, not a claim. */
const CONSULTATIONS = new Set<string>(['visit', 'visit.meeting', 'visit.call']);
/** A party named by a pronoun, in the speaker's own sentence: "X said he met Y". */
const PERSONAL_PRONOUNS = new Set(['he', 'she', 'i', 'we']);

/** The subject of the trigger at token `at`, lowercase ("he" in "X said he met Y"), or null. */
function subjectText(tokens: Sentence['tokens'], at: number): string | null {
  const r = at > 0 ? subjectBefore(tokens, at) : null;
  return r ? tokens.slice(r.first, r.last).map((t) => t.text).join(' ').toLowerCase() : null;
}

/**
 * Whether the speaker is one of the event's own parties ("Marles said he met Shmyhal"): the trigger's subject or
 * one of its actors is the speaker, by name or, for a person, by a pronoun.
 */
function speaksOfOwnConsultation(d: Draft, a: Attribution, subject: string | null): boolean {
  if (!CONSULTATIONS.has(d.type)) return false;
  const speaker = a.name.toLowerCase();
  const same = (name: string) => name === speaker || (a.person === true && (PERSONAL_PRONOUNS.has(name) || name.endsWith(` ${speaker}`) || speaker.endsWith(` ${name}`)));
  return (subject !== null && same(subject)) || d.actors.some((x) => same(x.name.toLowerCase()));
}

function attachSource(d: Draft, a: Attribution, verification: ReturnType<typeof findVerification>, subject: string | null = null): void {
  if (verification) d.verification = verification;
  if (speaksOfOwnConsultation(d, a, subject)) return;
  d.source = { name: a.name, ...(a.side ? { side: a.side } : {}) };
}

/** Death and injury counts of the sentence go to its own event, else to the last violent one before it. */
function attachCasualties(drafts: Draft[], tokens: Sentence['tokens'], k: number): void {
  const statements = findCasualties(tokens);
  if (statements.length === 0) return;
  const near = recent(drafts, k - 2);
  const own = near.filter((d) => d.sentence === k);
  const earlier = near.findLast((d) => d.sentence < k && ['violence', 'disaster'].includes(EVENT_TYPES[d.type].family));
  const target = own.find((d) => ['violence', 'disaster'].includes(EVENT_TYPES[d.type].family)) ?? earlier;
  if (!target) return;
  // Several statements in one sentence add up ("2 killed and 1 wounded" are two kinds; "one soldier and
  // three rebels" was summed already); across sentences the larger count stands.
  const dead = statements.filter((x) => x.kind === 'dead').map((x) => x.count);
  const hurt = statements.filter((x) => x.kind === 'injured').map((x) => x.count);
  if (dead.length) target.fatalities = combineCounts(target.fatalities, dead.reduce((a, b) => sum(a, b)));
  if (hurt.length) target.injuries = combineCounts(target.injuries, hurt.reduce((a, b) => sum(a, b)));
}

function sum(a: { low: number | null; best: number | null; high: number | null }, b: typeof a): typeof a {
  const add = (x: number | null, y: number | null) => (x === null || y === null ? (x ?? y) : x + y);
  return { low: add(a.low, b.low), best: add(a.best, b.best), high: a.high === null || b.high === null ? null : a.high + b.high };
}

interface SentenceFacts {
  lead: ReturnType<typeof leadingInstrument>;
  instruments: string[];
  lemmas: SentenceLemmas;
  paragraphStart: number;
  memory: DocumentMemory;
  modifiers: ReadonlySet<PlaceMention>;
  /** The section's timexes by position (a date carries over inside a paragraph). */
  timexes: SectionTimexes;
  /** The sentence's names. */
  entities: EntityMention[];
  /** Every place of the section, by start (the place may have been named before the sentence). */
  places: readonly PlaceMention[];
}

/** The section's spans, sorted by start. */
interface SectionSpans {
  timexes: SectionTimexes;
  places: readonly PlaceMention[];
  entities: readonly EntityMention[];
}

/** What a sentence gives every draft of it, built once per sentence. */
function factsOf(sentence: Sentence, spans: SectionSpans, paragraphs: readonly number[], memory: DocumentMemory, modifiers: ReadonlySet<PlaceMention>): SentenceFacts {
  const instruments = findInstruments(sentence.tokens);
  const paragraphStart = paragraphStartOf(paragraphs, sentence.start);
  return {
    lead: leadingInstrument(instruments), instruments: instruments.map((i) => i.instrument), lemmas: new SentenceLemmas(sentence.tokens),
    paragraphStart, memory, modifiers,
    timexes: spans.timexes,
    entities: within(spans.entities, sentence.start, sentence.end),
    places: spans.places,
  };
}

/** Why a trigger match reports no event of its own, in order: the first veto that holds drops it. */
const TRIGGER_VETOES: ReadonlyArray<readonly [string, (m: TriggerMatch, tokens: Sentence['tokens'], people: readonly EntityMention[]) => boolean]> = [
  // Kept aside as the section's fallback when nothing else fires.
  ['last-resort', (m) => !!m.rule.lastResort],
  ['attributive', (m, tokens) => isAttributive(tokens, m.first, m.last)],
  ['name-or-idiom', (m, tokens) => isNameOrIdiom(tokens, m.first, m.last)],
  ['in-person-name', (m, tokens, people) => inPersonName(people, tokens[m.first]!.start)],
  ['names-the-war', (m, tokens) => namesTheWar(tokens, m.first, m.last)],
  ['state-participle', (m, tokens) => isStateParticiple(tokens, m.first, m.rule.type)],
  ['demanded-infinitive', (m, tokens) => isDemandedInfinitive(tokens, m.first)],
];

function vetoOf(m: TriggerMatch, tokens: Sentence['tokens'], people: readonly EntityMention[]): string | null {
  for (const [name, holds] of TRIGGER_VETOES) if (holds(m, tokens, people)) return name;
  return null;
}

function draftOf(s: AnnotatedSection, sectionIndex: number, sentence: Sentence, k: number, m: TriggerMatch, f: SentenceFacts): Draft {
  const tokens = sentence.tokens;
  const text = s.section.text.text;
  const first = tokens[m.first]!;
  const lastTok = tokens[m.last - 1]!;
  const nounTrigger = NOUN_POS.has(first.pos);
  const actors = findActors({ text, tokens, entities: f.entities, lastPerson: f.memory.lastPerson, lastGroup: f.memory.lastGroup }, m.first, m.last, nounTrigger);
  const actor1 = actors.find((a) => a.role === 'actor1');
  let type = refineType(m.rule, { instrument: f.lead, actorSide: actor1?.side, actorArmed: isArmedActor(actor1), target: targetKind(tokens, m.last), lemmas: f.lemmas });
  const info = EVENT_TYPES[type];
  const background = isBackgroundMention(tokens, m.first);
  const dated = background ? { date: null, quality: 0, own: false } : dateEvent({ text, timexes: f.timexes, sentence, paragraphStart: f.paragraphStart, reportTime: s.section.reportTime, dayPreciseReport: s.section.kind === 'item' && !!s.section.reportTime && s.section.reportTime.length > 10, communicative: 'communicative' in info && !!info.communicative }, first.start);
  const placed = placeEvent({ text, places: f.places, sentence, paragraphStart: f.paragraphStart, type, modifiers: f.modifiers, actorSide: actor1?.side }, first.start);
  const cue = modalityAt(tokens, m.first, m.last);
  let modality = cue.modality;
  if (modality === 'asserted' && isReportedDeed(tokens, m.first) && namesEarlierEra(tokens)) modality = 'historical';
  if ((modality === 'asserted' || modality === 'claimed') && isPurposeInfinitive(tokens, m.first)) modality = 'planned';
  // "Will not withdraw from the city", "is not going to send troops": a stated refusal to move forces is a
  // decision not to act (CODEBOOK: decisions, also not to act), told as negated; a move that did not happen stays one.
  if (modality === 'negated' && refusesToActOn(info.family, tokens, cue.at)) type = 'decision';
  return {
    // A generic verb ("struck") made specific by its weapon is as telling as a specific one ("shelled").
    type, weight: type !== m.rule.type || (m.rule.refine && f.lead) ? Math.max(m.rule.weight, 0.78) : m.rule.weight,
    section: sectionIndex, sentence: k,
    trigger: { start: first.start, end: lastTok.end, text: text.slice(first.start, lastTok.end) },
    evidence: [{ start: sentence.start, end: sentence.end }],
    date: dated.date, dateQuality: dated.quality, location: placed.location, placeQuality: placed.quality,
    actors: info.family === 'disaster' ? [] : actors, fatalities: null, injuries: null, modality, source: null, verification: null,
    instruments: info.family === 'violence' ? [...new Set(f.instruments)] : [], quotes: [], mentions: 1,
    anchors: sentenceAnchors(sentence, f.entities, dated.own, placed.quality === 1 || namesDestination(type, text, lastTok.end, f.places), m.first), lastResort: !!m.rule.lastResort, rule: m.rule.name,
    weakTrigger: background || (tokens[m.first - 1]?.text.toLowerCase() === 'to' && !isAspectualInfinitive(tokens, m.first)) || (info.family === 'political' && nounTrigger && !isSetting(tokens, m.first)),
  };
}
