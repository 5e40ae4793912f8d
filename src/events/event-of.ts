// A finished draft as the contract's event, and the modality its date gives it: one place for every language's
// events stage (English in ./index.ts, the East Slavic pack in lang/slavic/events), so that a field added to
// the event or a rule of modality reads the same in all of them.
import type { Draft } from './draft.js';
import { EVENT_TYPES } from './taxonomy.js';
import { isFuture, isHistorical } from './args/modality.js';
import { firstDayOf, lastDayOf } from './args/date.js';
import type { EventDate, Modality, SitrepEvent, Verification } from './types.js';

/**
 * The modality of a reported draft, by its own date: dated before the report's era it is historical, after the
 * report planned; what a party says of others' deeds is its claim, while its own meeting, call, decision or
 * statement, reported with it as source, is the act itself.
 */
export function reportedModality(d: Draft, reportDay: string | null, historyDay: string | null = reportDay): Modality {
  const said = d.modality === 'asserted' || d.modality === 'claimed';
  if (said && d.date?.basis === 'timex' && isHistorical(lastDayOf(d.date), historyDay)) return 'historical';
  if (said && d.date?.basis === 'timex' && isFuture(firstDayOf(d.date), reportDay)) return 'planned';
  if (d.modality === 'asserted' && d.source && EVENT_TYPES[d.type].family !== 'political') return 'claimed';
  return d.modality;
}

/** The event of a draft, with what the stage decided about it. */
export function eventOf(d: Draft, decided: { modality: Modality; date: EventDate | null; verification: Verification; confidence: number }): SitrepEvent {
  const info = EVENT_TYPES[d.type];
  return {
    type: d.type,
    acled: info.acled ? { ...info.acled } : null,
    plover: info.plover,
    ploverMode: info.ploverMode,
    date: decided.date,
    location: d.location,
    actors: d.actors,
    fatalities: d.fatalities,
    ...(d.injuries ? { injuries: d.injuries } : {}),
    modality: decided.modality,
    source: d.source,
    verification: decided.verification,
    section: d.section,
    evidence: d.evidence,
    trigger: d.trigger,
    confidence: decided.confidence,
    ...(d.instruments.length ? { instruments: d.instruments } : {}),
    ...(d.quotes.length ? { quotes: d.quotes } : {}),
  };
}
