// The events stage: every event each section reports, by the trigger rules in ./rules, with its sub-type,
// actors, place, date, toll, modality, source and verification; one event per happening, ranked by
// confidence.
import type { AnnotatedDocument } from '../annotate/types.js';
import type { EventDate, SitrepEvent } from './types.js';
import type { Draft } from './draft.js';
import { extractSection, type DocumentMemory } from './section.js';
import { foldTitle, mergeSection } from './merge.js';
import { confidenceOf } from './confidence.js';
import { leadDay } from './args/lead-day.js';
import { candidateFeatures, documentFeatures, type DocumentFeatures } from './decision/features.js';
import { EVENT_DECISION, keeps } from './decision/model.js';
import { isSpecific } from './specific.js';
import { eventOf, reportedModality } from './event-of.js';
import { candidateContexts } from './decision/context.js';
import { foldKept } from './fold-kept.js';
import type { CandidateContext } from './decision/features.js';
import { countStep } from '../text/step-counts.js';

export { EVENT_TYPES } from './taxonomy.js';

interface Finishing {
  doc: AnnotatedDocument;
  memory: DocumentMemory;
  features: DocumentFeatures;
  /** Candidates per "section:sentence", for the feature that counts a sentence's events. */
  perSentence: Map<string, number>;
  /** The document's topic probability: it reads document features only, so it is computed once. */
  topic: number | null;
  contexts: Map<Draft, CandidateContext>;
  /** The day the document's lead reports on, when it makes the document that day's news (args/lead-day.ts). */
  leadDay: string | null;
}

/**
 * An event dated only by the report week is dated at the lead's day when the lead makes the article that day's
 * news. Done on the finished event, after merging and after the decision's features: which mentions are one
 * happening, and how sure the decision is, do not change with it.
 */
function withLeadDay(date: EventDate | null, leadDay: string | null): EventDate | null {
  if (!leadDay || date?.basis !== 'report-time' || date.precision !== 'week') return date;
  return { value: leadDay, precision: 'day', basis: 'document' };
}

function finish(d: Draft, f: Finishing, reportTime: string | null, fromTitle: boolean): SitrepEvent {
  const { memory } = f;
  const modality = reportedModality(d, reportTime, reportTime ?? memory.latestDay);
  const verification = d.verification ?? (d.source ? memory.sourceVerification.get(d.source.name) : undefined) ??
    (modality === 'denied' ? 'disputed' : 'unknown');
  const event = eventOf(d, { modality, date: withLeadDay(d.date, f.leadDay), verification, confidence: 0 });
  // The cited sentence names no speaker of its own: the article reports it (a lent source stays a feature below).
  if (d.sourceLent) Object.assign(event, { source: null, modality: reportedModality({ ...d, source: null }, reportTime, reportTime ?? memory.latestDay) });
  const section = f.doc.sections[d.section];
  const final = { ...d, modality };
  event.features = candidateFeatures(final, section?.sentences[d.sentence], {
    fromTitle, itemSection: section?.section.kind === 'item', handConfidence: confidenceOf(final, fromTitle),
    sameSentence: f.perSentence.get(`${d.section}:${d.sentence}`) ?? 1, doc: f.features,
    context: f.contexts.get(d) ?? { laterInSentence: false, repeatsEarlier: false },
    reportTime: reportTime ?? memory.latestDay,
  });
  f.topic ??= EVENT_DECISION.topicProbability(event.features);
  event.confidence = Math.round(f.topic * EVENT_DECISION.eventProbability(event.features) * 1000) / 1000;
  return event;
}

/**
 * The latest date the document names, standing for its report time when it has none: a page is written
 * after what it dates. Days and months are preferred; years only when nothing finer is named.
 */
function latestNamedDate(doc: AnnotatedDocument): string | null {
  let fine: string | null = null;
  let year: string | null = null;
  for (const s of doc.sections) {
    for (const t of s.timexes) {
      if (t.type !== 'DATE') continue;
      const v = /^\d{4}-\d{2}-\d{2}/.test(t.value) ? t.value.slice(0, 10) : /^\d{4}-\d{2}$/.test(t.value) ? `${t.value}-01` : null;
      if (v && (!fine || v > fine)) fine = v;
      if (/^\d{4}$/.test(t.value) && (!year || t.value > year)) year = t.value;
    }
  }
  return fine ?? (year ? `${year}-01-01` : null);
}

/**
 * Every candidate event of the document, each with its features and the learned decision's probability as its
 * confidence, most likely first within each section's order. The rules propose; the decision ranks.
 */
export function extractCandidates(doc: AnnotatedDocument): SitrepEvent[] {
  return scoreDocument(doc).events;
}

function scoreDocument(doc: AnnotatedDocument): { events: SitrepEvent[]; topic: number } {
  const memory: DocumentMemory = { lastPerson: null, lastGroup: null, lastSource: null, sourceVerification: new Map(), latestDay: null };
  const titleDrafts: Draft[] = [];
  const perSection: Array<{ drafts: Draft[]; reportTime: string | null }> = [];
  doc.sections.forEach((s, i) => {
    const found = mergeSection(extractSection(s, i, memory));
    // A draft tied to no time, place, person or toll is no candidate. (Tried as a feature of the decision
    // instead: a one-sentence text then resembles an ACLED note, where nearly every candidate is an event,
    // and "the fight goes on" was kept.)
    const drafts = found.filter((d) => d.lastResort || isSpecific(d));
    countStep('events', 'filter:not-specific', found.length - drafts.length);
    if (s.section.kind === 'title') titleDrafts.push(...drafts);
    else perSection.push({ drafts, reportTime: s.section.reportTime });
  });
  const body = perSection.flatMap((p) => p.drafts);
  // Without a report time, the latest day the document reports something on stands for it.
  memory.latestDay = doc.published ?? latestNamedDate(doc);
  const titleOnly = foldTitle(titleDrafts, body);
  const all = [...body, ...titleOnly];
  // Triggers per sentence: the drafts of one listed trigger (one per place) count once.
  const triggers = new Map<string, Set<number>>();
  for (const d of all) {
    const key = `${d.section}:${d.sentence}`;
    triggers.set(key, (triggers.get(key) ?? new Set()).add(d.trigger.start));
  }
  const perSentence = new Map([...triggers].map(([k, v]) => [k, v.size]));
  const f: Finishing = { doc, memory, features: documentFeatures(doc, all.length), perSentence, topic: null, contexts: candidateContexts(all), leadDay: leadDay(doc.sections) };
  const events: SitrepEvent[] = [];
  for (const p of perSection) for (const d of p.drafts) events.push(finish(d, f, p.reportTime, false));
  const titleTime = doc.sections.find((s) => s.section.kind === 'title')?.section.reportTime ?? null;
  for (const d of titleOnly) events.push(finish(d, f, titleTime, true));
  return { events, topic: f.topic ?? 1 };
}

/** The events the learned decision keeps (at or above its threshold), and the candidates below it. */
export function extractEvents(doc: AnnotatedDocument): { events: SitrepEvent[]; candidates: SitrepEvent[] } {
  const events: SitrepEvent[] = [];
  const candidates: SitrepEvent[] = [];
  const scored = scoreDocument(doc);
  for (const e of scored.events) (keeps(e.confidence, scored.topic, EVENT_DECISION.threshold) ? events : candidates).push(e);
  const folded = foldKept(events);
  countStep('events', 'fold:second-telling-in-sentence', folded.second.length);
  countStep('events', 'fold:retold-in-another-sentence', folded.retold.length);
  return { events: folded.kept, candidates: [...candidates, ...folded.second, ...folded.retold] };
}
