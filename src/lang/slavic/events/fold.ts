// One event per happening across a post's sentences, beyond what the shared merge folds (same type, place and
// day): a mention with no place of its own ("Атака велась около 02:30", a headline naming only who reports)
// is the post's event of its kind that has one; and a region "attacked" whose districts' strikes the post
// lists is those strikes. (An attack and its interception stay two events, as the codebook counts them.)
import type { Draft } from '../../../events/draft.js';
import { fold } from '../../../events/merge.js';
import { datesCompatible } from '../../../events/args/date.js';
import { placesCompatible } from '../../../events/args/place.js';
import { EVENT_TYPES } from '../../../events/taxonomy.js';

const REAL = new Set(['asserted', 'claimed', 'historical']);

/** The kind of happening two mentions must share to be one: strikes and their aftermath, or interceptions. */
function kindOf(d: Draft): string {
  const family = EVENT_TYPES[d.type].family;
  return family === 'violence' && d.type.startsWith('territory.') ? d.type : family;
}

function loose(d: Draft): boolean {
  return d.placeQuality < 1 && (kindOf(d) === 'violence' || kindOf(d) === 'disruption');
}

function sameKind(a: Draft, b: Draft): boolean {
  return kindOf(a) === kindOf(b) && REAL.has(a.modality) === REAL.has(b.modality) && datesCompatible(a.date, b.date) && placesCompatible(a.location, b.location);
}

/** A strike on a whole region (or country) with no toll. */
function regionAttack(d: Draft): boolean {
  return kindOf(d) === 'violence' && d.type.startsWith('strike.') && !d.fatalities?.best && !d.injuries?.best &&
    (d.location?.kind === 'admin1' || d.location?.kind === 'country');
}

/** "Bryansk Oblast" and a place whose admin1 is "Bryansk": one region. */
const regionKey = (s: string | null | undefined): string => (s ?? '').toLowerCase().replace(/\s+(?:oblast|region|krai|raion)$/, '');

/** "Росіяни атакували Харківщину. Удари по Куп'янському та Чугуївському районах": the region's attack is the districts' strikes. */
function finerStrike(d: Draft, all: readonly Draft[]): Draft | undefined {
  if (!regionAttack(d) || d.location?.kind !== 'admin1') return undefined;
  const region = regionKey(d.location.name);
  return all.find((o) => o !== d && o.section === d.section && kindOf(o) === 'violence' && o.location && o.location.kind !== 'admin1' &&
    o.location.kind !== 'country' && regionKey(o.location.admin1) === region && datesCompatible(o.date, d.date));
}

export function foldPost(drafts: readonly Draft[]): Draft[] {
  const anchored = drafts.filter((d) => !loose(d));
  const out = [...anchored];
  for (const d of drafts) {
    if (!loose(d)) continue;
    const host = anchored.find((a) => a.section === d.section && sameKind(a, d));
    if (host) fold(host, d);
    else out.push(d);
  }
  const kept: Draft[] = [];
  for (const d of out) {
    const finer = finerStrike(d, out);
    if (finer) finer.evidence.push(...d.evidence.filter((e) => !finer.evidence.some((x) => x.start === e.start)));
    else kept.push(d);
  }
  return kept.sort((a, b) => a.section - b.section || a.trigger.start - b.trigger.start);
}
