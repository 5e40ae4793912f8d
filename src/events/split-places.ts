// One event per action, place and day: a strike or an assault reported on a list of places ("shelled X, Y and Z",
// "strikes on X and the surrounding settlements of Y and Z") is one event per place. The draft's own place is
// looked up among the sentence's place mentions, and the list is followed either way from it while only list
// punctuation, "and"/"or", and words for the kind of place stand between two names. A ground attack "on X from
// Y and Z" is placed at the places it set out from, one event each.
import type { Place, PlaceMention } from '../annotate/types.js';
import type { Draft } from './draft.js';
import { EVENT_TYPES } from './taxonomy.js';
import { within } from '../text/spans.js';
import { isReferencePoint } from './args/place-reference.js';

/** What may stand between two names of one list. */
// A name may carry a parenthetical ("X (10 km east of Y), and Z") or "itself", and the next name its own
// bearing from a reference place and preposition ("around X and near Z", "on X itself, northeast of X near Z").
const DIRECTION = '(?:north|south|east|west|northeast|northwest|southeast|southwest)(?:ern)?';
const BEARING = `(?:(?:${DIRECTION}|the\\s+${DIRECTION}\\s+outskirts)\\s+of\\s+[A-Z][\\w'’-]*(?:\\s+[A-Z][\\w'’-]*)?\\s+)`;
const GLUE_BODY =
  "(?:\\s*\\([^()]{0,80}\\))?(?:\\s+itself)?(?:\\s*,\\s*|\\s*,?\\s+(?:and|or|as well as)\\s+)" +
  `${BEARING}?(?:(?:near|in|around|at|on|towards?|outside|from)\\s+)?` +
  '(?:(?:the|other|nearby|surrounding|neighbou?ring|adjacent)\\s+)*(?:(?:settlements?|villages?|towns?|cities|city|areas?)\\s+(?:of|near|around)\\s+)?';
const LIST_GLUE = new RegExp(`^${GLUE_BODY}$`, 'i');

/**
 * A name the gazetteer does not know, as a list item: one or two capitalised words ("Dibrovne", "Nova Dmytrivka"),
 * followed by what ends a list item (list punctuation, a parenthetical, the sentence's end, a preposition).
 */
const NAME = "[A-Z][a-z\u2019'-]+(?:[ -][A-Z][a-z\u2019'-]+)?";
const ITEM_END = "(?=\\s*[,;.(\u2014\u2013]|\\s+(?:and|or|on|in|near|along|itself|as|toward|towards|from)\\b|\\s*$)";
/** The glue and an unknown name after a list item: ", Dibrovne" in "X, Dibrovne, and Z". */
const NEXT_UNKNOWN = new RegExp(`^${GLUE_BODY}(${NAME})${ITEM_END}`);
/** Words that are capitalised without being places: months, days, nationalities, titles. */
const NOT_PLACE_NAMES = /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|The|This|That|These|Those|It|They|He|She|We|General|President|Ukraine|Russia|Oblast|Raion|Region|District|ISW)$|(?:ian|ish|ese|ians)$/;
const PLACE_KINDS = new Set(['settlement', 'feature', 'admin2']);

/** Families whose events happen at a place each: fighting, ground taken, forces moved or present, disruption. */
const SPLIT_FAMILIES = new Set(['violence', 'territory', 'presence', 'disruption']);

/** What joins a reference point to the scene it locates: "south of Bakhmut around X", "west of Y in Z". */
const REFERENCE_TO_SCENE = /^\s*,?\s+(?:around|near|in|at|towards?|on)\s+(?:the\s+)?$/i;

/**
 * The index among the sentence's scenes of the draft's place; when the draft is placed at a reference point
 * ("ground assaults south of Bakhmut around X, Y and Z"), the scene the reference point locates.
 */
function sceneIndex(text: string, sentence: { start: number; end: number }, places: readonly PlaceMention[], inSentence: readonly PlaceMention[], d: Draft): { at: number; lead: string[] } {
  const own = inSentence.findIndex((m) => sameMention(m, d));
  if (own >= 0) return { at: own, lead: [] };
  const reference = within(places, sentence.start, sentence.end).find((m) => sameMention(m, d) && isReferencePoint(text, sentence.start, m));
  if (!reference) return { at: -1, lead: [] };
  let lead: string[] = [];
  const at = inSentence.findIndex((m) => {
    if (m.start <= reference.end) return false;
    const between = text.slice(reference.end, m.start);
    if (REFERENCE_TO_SCENE.test(between)) return true;
    const unknown = LEADING_UNKNOWN.exec(between);
    if (!unknown) return false;
    lead = unknown[1]!.split(/\s*,\s*(?:(?:and|or)\s+)?|\s+(?:and|or)\s+/).filter((n) => n && !NOT_PLACE_NAMES.test(n.split(/[ -]/)[0]!));
    return lead.length > 0;
  });
  return { at, lead: at >= 0 ? lead : [] };
}

/**
 * Names the gazetteer does not know, listed between a reference point and the first scene it does know: "south of
 * X in Dibrovne, Nova Dmytrivka, and Y".
 */
const LEADING_UNKNOWN = new RegExp(`^\\s*,?\\s+(?:around|near|in|at|towards?|on)\\s+(?:the\\s+)?((?:${NAME}\\s*(?:,\\s*(?:(?:and|or)\\s+)?|\\s+(?:and|or)\\s+))+)$`);

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
    const eligible = !!d.location && d.placeQuality === 1 && SPLIT_FAMILIES.has(family);
    const { at, lead } = eligible ? sceneIndex(text, sentence, places, inSentence, d) : { at: -1, lead: [] };
    if (at < 0) {
      out.push(d);
      continue;
    }
    const named = within(places, sentence.start, sentence.end);
    const items = (d.type.startsWith('battle.') && originsOf(text, sentence.end, inSentence, at, named)) ||
      [...lead.map((name) => unknownPlace(name, inSentence[at]!.place)), ...listItems(text, sentence.end, inSentence, at, named)];
    if (items.length < 2 && items[0]?.name === d.location!.name) {
      out.push(d);
      continue;
    }
    const precision = d.location!.precision;
    items.forEach((place, i) => {
      if (i > 0 && out.some((o) => o.listed === d.trigger.start && o.location?.name === place.name)) return;
      out.push({
        ...d, location: { ...place, precision: Math.max(place.precision, precision) as 1 | 2 | 3 },
        actors: [...d.actors], evidence: [...d.evidence], instruments: [...d.instruments], quotes: [...d.quotes],
        listed: d.trigger.start,
      });
    });
  }
  return out;
}

/**
 * What joins the place a ground attack aims at to the places it sets out from: "advanced on X from Y and Z",
 * "attacked X from around Y", "pushed on X from positions in Y".
 */
const FROM_ORIGINS = /^(?:\s*\([^()]{0,80}\))?\s*,?\s+from\s+(?:(?:around|near|the\s+direction\s+of|the\s+area\s+of|positions\s+(?:in|at|near))\s+)?$/i;

/**
 * The places a ground attack on the list around `at` set out from, when the sentence names them ("attempted to
 * advance on X from Y and Z"): a report of fighting from the positions at Y and Z, which ACLED codes at Y and
 * Z, one event each. Null when no origin follows the list.
 */
function originsOf(text: string, sentenceEnd: number, inSentence: readonly PlaceMention[], at: number, named: readonly PlaceMention[]): Place[] | null {
  let last = at;
  while (last + 1 < inSentence.length && LIST_GLUE.test(text.slice(inSentence[last]!.end, inSentence[last + 1]!.start))) last++;
  const origin = inSentence[last + 1];
  if (!origin || !FROM_ORIGINS.test(text.slice(inSentence[last]!.end, origin.start))) return null;
  return listItems(text, sentenceEnd, inSentence, last + 1, named);
}

/**
 * The places of the list around the sentence's place mention `at` (of `inSentence`, the scenes; `named` are all the
 * sentence's place mentions), in text order: the known mentions joined by
 * list glue, and between or after them names the gazetteer does not know ("X, Dibrovne, and Z"). An unknown
 * name is a place of the list all the same (one event per place); it is located as ACLED locates a place it
 * can only put near another (precision 2): at the list item before it, under its own name, with no geonames id.
 */
function listItems(text: string, sentenceEnd: number, inSentence: readonly PlaceMention[], at: number, named: readonly PlaceMention[]): Place[] {
  let first = at;
  while (first > 0 && LIST_GLUE.test(text.slice(inSentence[first - 1]!.end, inSentence[first]!.start))) first--;
  const items: Place[] = [];
  let i = first;
  let end = inSentence[first]!.end;
  items.push(inSentence[first]!.place);
  let known = inSentence[first]!.place;
  for (;;) {
    const next = inSentence[i + 1];
    if (next && LIST_GLUE.test(text.slice(end, next.start))) {
      items.push(next.place);
      known = next.place;
      end = next.end;
      i++;
      continue;
    }
    const unknown = NEXT_UNKNOWN.exec(text.slice(end, sentenceEnd));
    const name = unknown?.[1];
    const nameEnd = unknown ? end + unknown[0].length : -1;
    // A name the gazetteer does know is no unknown item: the next item, or a region that qualifies the place
    // before it ("Horlivka, Donetsk"), which is no place of the list.
    if (!name || NOT_PLACE_NAMES.test(name.split(/[ -]/)[0]!) || named.some((m) => m.start < nameEnd && m.end > end)) break;
    items.push(unknownPlace(name, known));
    end = nameEnd;
  }
  return items;
}

/** A listed name the gazetteer does not know, located as ACLED locates a place it can only put near another (precision 2). */
function unknownPlace(name: string, near: Place): Place {
  return { name, geonameId: null, lat: near.lat, lon: near.lon, country: near.country, admin1: near.admin1, kind: 'settlement', precision: 2 };
}
