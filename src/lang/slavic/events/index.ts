// The events stage for Russian and Ukrainian text: the shared rules (./rules.ts) read with each language's word
// lists (./lexicon/). The learned decision of the English stage is trained on English features only, so for
// these languages every rule event is kept when it passes the rules' own filters (section.ts), with the rule's
// weight, sharpened by its anchors, as its confidence; what the filters drop is returned as candidates.
import type { AnnotatedDocument } from '../../../annotate/types.js';
import type { Draft } from '../../../events/draft.js';
import { mergeSection } from '../../../events/merge.js';
import { eventOf, reportedModality } from '../../../events/event-of.js';
import type { SitrepEvent } from '../../../events/types.js';
import type { InstrumentKey, SlavicLexicon } from './lexicon/types.js';
import { extractSection, localDay, type DocumentView } from './section.js';
import { foldPost } from './fold.js';
import { instrumentOf } from './match.js';
import { matches } from './stems.js';
import { wordsOf } from './words.js';

export { RUSSIAN } from './lexicon/ru.js';
export { UKRAINIAN } from './lexicon/uk.js';

/** Weapons a document's raid is told with (a knife is no raid's). */
const RAID_WEAPONS = new Set<InstrumentKey>(['drone', 'missile', 'air', 'artillery', 'ied']);
/** Word families that make a document one about war. */
const WAR_TRIGGERS = ['shelling', 'strike', 'attack', 'shootDown', 'clash', 'explosion'] as const;
/** A candidate's confidence is its rule's weight scaled down: the filters judged it no event. */
const DROPPED_SCALE = 0.4;

/** "Подписывайся на Mash", "Підписуйтесь на X": a channel's sign-off names the channel itself. */
const SIGN_OFF = /(?:подписывайся|подписывайтесь|подпишись|подпишитесь|підписуйся|підписуйтесь|підпишись|підписатися)\s+на\s+\[?\s*([\p{L}\d][\p{L}\d .-]{0,30}?)\s*(?:\]|\(|$|\n)/giu;

function selfNames(doc: AnnotatedDocument): Set<string> {
  const out = new Set<string>();
  for (const s of doc.sections) for (const m of s.section.text.text.matchAll(SIGN_OFF)) out.add(m[1]!.trim().toLowerCase());
  return out;
}

function documentView(doc: AnnotatedDocument, lex: SlavicLexicon, timeZone: string): DocumentView {
  const counts = new Map<InstrumentKey, number>();
  let war = false;
  let ied = false;
  for (const s of doc.sections) {
    for (const w of wordsOf(s.section.text.text, 0, s.section.text.text.length)) {
      const k = instrumentOf(w, lex);
      if (k && RAID_WEAPONS.has(k)) counts.set(k, (counts.get(k) ?? 0) + 1);
      if (k && k !== 'knife') war = true;
      if (k === 'ied') ied = true;
      else if (!war && WAR_TRIGGERS.some((t) => matches(w.norm, lex.triggers[t]))) war = true;
    }
  }
  let instrument: InstrumentKey | null = null;
  for (const [k, n] of counts) if (!instrument || n > counts.get(instrument)!) instrument = k;
  return { lex, instrument, war, ied, timeZone, self: selfNames(doc) };
}

const FINENESS: Record<string, number> = { settlement: 3, feature: 3, admin2: 2, admin1: 1 };
const fineness = (d: Draft): number => FINENESS[d.location?.kind ?? ''] ?? 0;

function confidenceOf(d: Draft, dropped: boolean): number {
  let c = d.weight;
  if (d.dateQuality >= 0.8) c += 0.05;
  if (d.placeQuality === 1 && d.location?.kind !== 'country') c += 0.05;
  if (d.fatalities || d.injuries) c += 0.03;
  if (d.mentions > 1) c += 0.03;
  if (dropped) c *= DROPPED_SCALE;
  return Math.round(Math.min(0.95, Math.max(0.05, c)) * 1000) / 1000;
}

function finish(d: Draft, reportTime: string | null, dropped: boolean): SitrepEvent {
  const modality = reportedModality(d, reportTime ? localDay(reportTime, 'UTC') : null);
  return eventOf(d, { modality, date: d.date, verification: d.verification ?? 'unknown', confidence: confidenceOf(d, dropped) });
}

/** The pack's events stage for one language: its lexicon, and the time zone its posts are dated in. */
export function slavicEvents(lex: SlavicLexicon, timeZone: string): (doc: AnnotatedDocument) => { events: SitrepEvent[]; candidates: SitrepEvent[] } {
  return (doc) => {
    const view = documentView(doc, lex, timeZone);
    const events: SitrepEvent[] = [];
    const candidates: SitrepEvent[] = [];
    doc.sections.forEach((s, i) => {
      const proposed = extractSection(s, i, view);
      const reportTime = s.section.reportTime;
      // The shared merge keeps the first of two mentions it folds: the one at the finest place goes first, so
      // that a region's "attacked" folds into the village's strike, not the village's into the region's.
      const kept = proposed.filter((p) => p.drop === null).map((p) => p.draft);
      const fineFirst = [...kept].sort((a, b) => fineness(b) - fineness(a));
      for (const d of foldPost(mergeSection(fineFirst))) events.push(finish(d, reportTime, false));
      for (const p of proposed) if (p.drop !== null) candidates.push(finish(p.draft, reportTime, true));
    });
    return { events, candidates };
  };
}
