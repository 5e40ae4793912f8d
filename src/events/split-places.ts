// One event per action, place and day: a strike or an assault reported on a list of places ("shelled X, Y and Z",
// "strikes on X and the surrounding settlements of Y and Z") is one event per place. The draft's own place is
// looked up among the sentence's place mentions, and the list is followed either way from it while only list
// punctuation, "and"/"or", and words for the kind of place stand between two names.
import type { PlaceMention } from '../annotate/types.js';
import type { Draft } from './draft.js';
import { EVENT_TYPES } from './taxonomy.js';
import { within } from '../text/spans.js';
import { isReferencePoint } from './args/place-reference.js';

/** What may stand between two names of one list. */
// A name may carry a parenthetical ("X (10 km east of Y), and Z") or "itself", and the next name its own
// bearing from a reference place and preposition ("around X and near Z", "on X itself, northeast of X near Z").
const DIRECTION = '(?:north|south|east|west|northeast|northwest|southeast|southwest)(?:ern)?';
const BEARING = `(?:(?:${DIRECTION}|the\\s+${DIRECTION}\\s+outskirts)\\s+of\\s+[A-Z][\\w'’-]*(?:\\s+[A-Z][\\w'’-]*)?\\s+)`;
const LIST_GLUE = new RegExp(
  "^(?:\\s*\\([^()]{0,80}\\))?(?:\\s+itself)?(?:\\s*,\\s*|\\s*,?\\s+(?:and|or|as well as)\\s+)" +
    `${BEARING}?(?:(?:near|in|around|at|on|towards?|outside|from)\\s+)?` +
    '(?:(?:the|other|nearby|surrounding|neighbou?ring|adjacent)\\s+)*(?:(?:settlements?|villages?|towns?|cities|city|areas?)\\s+(?:of|near|around)\\s+)?$',
  'i',
);
const PLACE_KINDS = new Set(['settlement', 'feature', 'admin2']);

function sameMention(m: PlaceMention, d: Draft): boolean {
  const loc = d.location!;
  return m.place.name === loc.name && m.place.lat === loc.lat && m.place.lon === loc.lon;
}

/**
 * The drafts of one sentence, with each violent or territorial draft placed on a list of places split into one
 * per place. `places` are the section's mentions sorted by start; `modifiers` those that name no scene.
 */
export function splitByPlaces(drafts: readonly Draft[], text: string, sentence: { start: number; end: number }, places: readonly PlaceMention[], modifiers: ReadonlySet<PlaceMention>): Draft[] {
  const out: Draft[] = [];
  const inSentence = within(places, sentence.start, sentence.end).filter((m) => !modifiers.has(m) && PLACE_KINDS.has(m.place.kind) && !isReferencePoint(text, sentence.start, m));
  for (const d of drafts) {
    const family = EVENT_TYPES[d.type].family;
    const at = d.location && d.placeQuality === 1 && (family === 'violence' || family === 'territory' || family === 'presence' || family === 'disruption') ? inSentence.findIndex((m) => sameMention(m, d)) : -1;
    if (at < 0) {
      out.push(d);
      continue;
    }
    let first = at;
    let last = at;
    while (first > 0 && LIST_GLUE.test(text.slice(inSentence[first - 1]!.end, inSentence[first]!.start))) first--;
    while (last < inSentence.length - 1 && LIST_GLUE.test(text.slice(inSentence[last]!.end, inSentence[last + 1]!.start))) last++;
    if (first === last) {
      out.push(d);
      continue;
    }
    const precision = d.location!.precision;
    for (let i = first; i <= last; i++) {
      const m = inSentence[i]!;
      if (i > first && out.some((o) => o.listed === d.trigger.start && o.location?.name === m.place.name)) continue;
      out.push({
        ...d, location: { ...m.place, precision: Math.max(m.place.precision, precision) as 1 | 2 | 3 },
        actors: [...d.actors], evidence: [...d.evidence], instruments: [...d.instruments], quotes: [...d.quotes],
        listed: d.trigger.start,
      });
    }
  }
  return out;
}
