// The events stage: every event each section reports, by the trigger rules in ./rules, with its sub-type,
// actors, place, date, toll, modality, source and verification; one event per happening, ranked by
// confidence.
import type { AnnotatedDocument } from '../annotate/types.js';
import type { SitrepEvent } from './types.js';
import type { Draft } from './draft.js';
import { EVENT_TYPES } from './taxonomy.js';
import { extractSection, type DocumentMemory } from './section.js';
import { foldTitle, mergeSection } from './merge.js';
import { confidenceOf } from './confidence.js';
import { isFuture, isHistorical } from './args/modality.js';
import { firstDayOf, lastDayOf } from './args/date.js';
import { isSpecific } from './specific.js';
import { countStep } from '../text/step-counts.js';

export { EVENT_TYPES } from './taxonomy.js';

function finish(d: Draft, memory: DocumentMemory, reportTime: string | null, fromTitle: boolean): SitrepEvent {
  const info = EVENT_TYPES[d.type];
  let modality = d.modality;
  const said = modality === 'asserted' || modality === 'claimed';
  if (said && d.date?.basis === 'timex' && isHistorical(lastDayOf(d.date), reportTime ?? memory.latestDay)) modality = 'historical';
  else if (said && d.date?.basis === 'timex' && isFuture(firstDayOf(d.date), reportTime)) modality = 'planned';
  else if (modality === 'asserted' && d.source) modality = 'claimed';
  const verification = d.verification ?? (d.source ? memory.sourceVerification.get(d.source.name) : undefined) ??
    (modality === 'denied' ? 'disputed' : 'unknown');
  return {
    type: d.type,
    acled: info.acled ? { ...info.acled } : null,
    plover: info.plover,
    ploverMode: info.ploverMode,
    date: d.date,
    location: d.location,
    actors: d.actors,
    fatalities: d.fatalities,
    ...(d.injuries ? { injuries: d.injuries } : {}),
    modality,
    source: d.source,
    verification,
    section: d.section,
    evidence: d.evidence,
    trigger: d.trigger,
    confidence: confidenceOf({ ...d, modality }, fromTitle),
    ...(d.instruments.length ? { instruments: d.instruments } : {}),
    ...(d.quotes.length ? { quotes: d.quotes } : {}),
  };
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

export function extractEvents(doc: AnnotatedDocument): SitrepEvent[] {
  const memory: DocumentMemory = { lastPerson: null, lastGroup: null, lastSource: null, sourceVerification: new Map(), latestDay: null };
  const titleDrafts: Draft[] = [];
  const perSection: Array<{ drafts: Draft[]; reportTime: string | null }> = [];
  doc.sections.forEach((s, i) => {
    const found = mergeSection(extractSection(s, i, memory));
    const drafts = found.filter((d) => d.lastResort || isSpecific(d));
    countStep('events', 'filter:not-specific', found.length - drafts.length);
    if (s.section.kind === 'title') titleDrafts.push(...drafts);
    else perSection.push({ drafts, reportTime: s.section.reportTime });
  });
  const body = perSection.flatMap((p) => p.drafts);
  // Without a report time, the latest day the document reports something on stands for it.
  memory.latestDay = doc.published ?? latestNamedDate(doc);
  const titleOnly = foldTitle(titleDrafts, body);
  const events: SitrepEvent[] = [];
  for (const p of perSection) for (const d of p.drafts) events.push(finish(d, memory, p.reportTime, false));
  const titleTime = doc.sections.find((s) => s.section.kind === 'title')?.section.reportTime ?? null;
  for (const d of titleOnly) events.push(finish(d, memory, titleTime, true));
  return events;
}
