// Where an event happened: the place mention of its sentence reached through a locative preposition ("in",
// "near", "on the outskirts of"), the most specific one nearest the trigger; else the last place named
// before it in the section, at admin-area precision.
import type { PlaceMention, Token } from '../../annotate/types.js';
import type { EventLocation } from '../types.js';
import { firstFrom, overlapsAny, within } from '../../text/spans.js';
import { COUNTRIES } from '../../facts/places/countries.js';
import { EVENT_TYPES, type EventTypeId } from '../taxonomy.js';
import { actingCountry, aimBefore } from './acting-country.js';
import { locatesPrevious } from './place-reference.js';
import { borderArea } from './border-area.js';
import { BE_FORMS } from '../lexicon/be.js';

/** How a preposition before a place name relates it to the event: a score, and the ACLED precision it implies. */
const PREPOSITIONS: Record<string, { score: number; precision?: 2 }> = {
  in: { score: 3 }, at: { score: 3 }, on: { score: 2 }, over: { score: 2 }, into: { score: 2 }, to: { score: 2 },
  near: { score: 3, precision: 2 }, around: { score: 2, precision: 2 }, outskirts: { score: 3, precision: 2 },
  outside: { score: 2, precision: 2 }, direction: { score: 2, precision: 2 }, towards: { score: 1, precision: 2 },
  toward: { score: 1, precision: 2 }, across: { score: 1 }, off: { score: 2, precision: 2 }, of: { score: 1 },
  from: { score: 0 },
  // Below "in": "a shelled McDonalds in Kharkiv" is in Kharkiv, whatever the gazetteer makes of the brand.
  object: { score: 2.5 },
};
/** Prepositions that put an event in a place: "in Ukraine", "across Ukraine", "over the Black Sea". */
const LOCATIVE = new Set(['in', 'at', 'on', 'over', 'across', 'into', 'near', 'around', 'outside']);
/** Types that move people to a place: "sent troops to Belarus", "travelled to Poland" happen where they go. */
const MOVEMENT_TYPES = new Set(['military.deployment', 'military.presence', 'visit']);
/** Prepositions of a movement's destination. */
const DESTINATION = new Set(['to', 'into']);
/** Types whose place is where someone left: "withdrew from Nova Kakhovka". */
const FROM_TYPES = new Set(['retreat.withdrawal', 'territory.transfer']);
/** Nouns whose "of" names what an act is for, not where it is: "in support of", "in favour of", "in memory of". */
const AIM_NOUNS = new Set(['support', 'favour', 'favor', 'solidarity', 'memory', 'honour', 'honor', 'recognition']);
const TITLES = new Set(['president', 'minister', 'ministry', 'leader', 'ambassador', 'governor', 'mayor', 'head', 'people', 'government', 'army', 'forces']);
/** A place name that modifies one of these nouns names a thing, not where the event was: "Kakhovka dam". */
const MODIFIED_NOUNS = new Set(['dam', 'reservoir', 'plant', 'grouping', 'offensive', 'counteroffensive', 'operation', 'group', 'brigade', 'battalion', 'regiment', 'administration', 'authorities', 'governor', 'mayor', 'official', 'officials', 'council', 'embassy', 'government', 'fleet', 'army']);
/** How far back (characters) a place named earlier still stands for an event with none of its own. */
const RECENT = 400;
/** How far ahead (characters) a place may be looked for when a sentence names none and none came before. */
const AHEAD = 120;
/** The town of an official ("the mayor of X"): below any preposition and below a bare name. */
const OF_TITLE: { score: number; precision?: 2 } = { score: -1 };
const KIND_SCORE: Record<string, number> = { settlement: 3, feature: 3, admin2: 2, water: 2, admin1: 1.5, region: 1, country: 0 };

function prepositionBefore(tokens: readonly Token[], at: number, triggerAt = -1): { word: string; prevWord: string } {
  const k = tokens.findIndex((t) => t.start >= at);
  let j = (k < 0 ? tokens.length : k) - 1;
  // Step over "the town of", "occupied", "the city of": words that sit between a preposition and a name.
  let steps = 0;
  while (j >= 0 && steps < 5) {
    const w = tokens[j]!.text.toLowerCase();
    if (w in PREPOSITIONS && w !== 'of') return { word: w, prevWord: tokens[j - 1]?.text.toLowerCase() ?? '' };
    if (w === 'of') {
      const before = tokens[j - 1]?.text.toLowerCase() ?? '';
      if (before === 'outskirts' || before === 'direction') return { word: before, prevWord: '' };
      if (TITLES.has(before)) return { word: 'of-title', prevWord: before };
      // "a resolution in support of Ukraine": the "in" is the noun's, and the name is what the act is for.
      if (AIM_NOUNS.has(before)) return { word: 'of-aim', prevWord: before };
    }
    // "retook Klishchiivka", "captured the village of X": the place is what the trigger acts on.
    if (tokens[j]!.start === triggerAt && steps <= 3) return { word: 'object', prevWord: '' };
    if (tokens[j]!.pos === 'VERB' || w === ',' || w === '.') break;
    j--;
    steps++;
  }
  return { word: '', prevWord: '' };
}

/** The places from offset `at` on, nearest first, while they lie within AHEAD characters of it. */
function placesFrom(places: readonly PlaceMention[], at: number): PlaceMention[] {
  const out: PlaceMention[] = [];
  for (let i = firstFrom(places, at); i < places.length && places[i]!.start - at < AHEAD; i++) out.push(places[i]!);
  return out;
}

function nextWord(tokens: readonly Token[], at: number): string {
  return tokens.find((t) => t.start >= at)?.text.toLowerCase() ?? '';
}

export interface PlaceContext {
  /** The section text. */
  text: string;
  /** The section's place mentions, sorted by start. */
  places: readonly PlaceMention[];
  sentence: { start: number; end: number; tokens: readonly Token[] };
  /** Where the sentence's paragraph starts (found once per section, not scanned per event). */
  paragraphStart: number;
  type: string;
  /** Place mentions of the section that modify a noun ("Kakhovka dam") or sit in a person's name. */
  modifiers: ReadonlySet<PlaceMention>;
  /** The country (ISO code) of the event's first actor, when its side is known: "Moscow announced" is RU. */
  actorSide?: string;
}

/** Nouns after a place name that make it an area of operations around the place: "the Pokrovsk direction". */
const AREA_AFTER = new Set(['direction', 'axis', 'sector', 'front', 'area', 'areas', 'outskirts', 'environs', 'vicinity']);

/** The whole of a country as where something happens: "across the country", "throughout the country", "nationwide". */
const WHOLE_COUNTRY = /\b(?:(?:across|throughout|all\s+over)\s+the\s+country|nationwide)\b/i;

/** Statements, decisions and agreements: what a government says happens where it sits, not where it speaks of. */
function communicative(type: string): boolean {
  const info = EVENT_TYPES[type as EventTypeId] as { communicative?: boolean } | undefined;
  return info?.communicative === true;
}

/**
 * How far after a statement's trigger (characters) "in X" still says where it was made ("said in Kyiv on
 * Monday"); farther on, "in X" belongs to what is spoken of ("aid for the hospital in X").
 */
const SAID_AT_REACH = 24;

/** Prepositions that tie a place to a statement: "said in Kyiv", "signed at Istanbul". */
const SPOKEN_AT = new Set(['in', 'at']);

/**
 * The government that speaks: a country or capital named as the subject before the trigger ("Russia
 * announced", "Moscow made the decision"), as its country.
 */
function speakerCountry(ctx: PlaceContext, triggerAt: number): EventLocation | null {
  const tokens = ctx.sentence.tokens;
  for (const m of within(ctx.places, ctx.sentence.start, triggerAt)) {
    const { word } = prepositionBefore(tokens, m.start);
    if (word !== '') continue;
    // "the aid bill for Ukraine was approved": what the act is for does not act; nor does the country of a
    // noun ("after the invasion of Ukraine began, Germany suspended").
    const k = tokens.findIndex((t) => t.start >= m.start);
    if (aimBefore(tokens, k) || ofBefore(tokens, k)) continue;
    if (m.place.kind === 'country') return { ...m.place, precision: 3 };
    // A city as the subject of a verb of saying or deciding is its government (see isModifier).
    if (m.place.kind === 'settlement' && ctx.modifiers.has(m)) return countryLocation(m.place.country);
  }
  return null;
}

/** Whether the word at `i` is the complement of a noun: "the invasion of Ukraine", "the people of Russia". */
function ofBefore(tokens: readonly Token[], i: number): boolean {
  const prev = (tokens[i - 1]?.text ?? '').toLowerCase();
  return prev === 'of' || (prev === 'the' && (tokens[i - 2]?.text ?? '').toLowerCase() === 'of');
}

/** The country of the acting government, as a location at country precision. */
function countryLocation(code: string | undefined): EventLocation | null {
  const c = code ? COUNTRIES.find((x) => x.code === code) : undefined;
  return c ? { name: c.name, geonameId: c.geonameId, lat: c.lat, lon: c.lon, country: c.code, admin1: null, kind: 'country', precision: 3 } : null;
}

/**
 * The section's place mentions that are not where anything happened: a place name modifying a noun
 * ("Kakhovka dam"), or a place name inside a person's name ("Volodymyr" read as a town).
 * Places and people sorted by start.
 */
export function modifierPlaces(
  places: readonly PlaceMention[],
  sentences: ReadonlyArray<{ start: number; end: number; tokens: readonly Token[] }>,
  people: ReadonlyArray<{ start: number; end: number }> = [],
): Set<PlaceMention> {
  const out = new Set<PlaceMention>();
  let k = 0;
  for (const m of places) {
    if (overlapsAny(people, m.start, m.end)) {
      out.add(m);
      continue;
    }
    while (k < sentences.length && sentences[k]!.end < m.end) k++;
    const s = sentences[k];
    if (s && isModifier(s.tokens, m)) out.add(m);
  }
  return out;
}

function toLocation(m: PlaceMention, precision?: 1 | 2 | 3): EventLocation {
  const { place } = m;
  return { ...place, precision: Math.max(place.precision, precision ?? 1) as 1 | 2 | 3 };
}

/**
 * Verbs of saying, deciding and standing for something: a capital or country as their subject is its
 * government speaking ("Moscow blamed Kyiv", "Berlin has agreed"), not where anything happened.
 */
const GOVERNMENT_VERBS = new Set(['said', 'says', 'say', 'blamed', 'blames', 'accused', 'accuses', 'agreed', 'agrees', 'announced', 'announces',
  'warned', 'warns', 'vowed', 'vows', 'decided', 'decides', 'denied', 'denies', 'claimed', 'claims', 'insisted', 'insists', 'demanded',
  'demands', 'refused', 'refuses', 'responded', 'responds', 'threatened', 'threatens', 'wants', 'wanted', 'hopes', 'hoped', 'urged',
  'urges', 'rejected', 'rejects', 'condemned', 'condemns', 'pledged', 'pledges', 'promised', 'promises', 'signaled', 'signalled',
  'believes', 'argued', 'argues', 'sees', 'considers', 'expects', 'expected', 'plans', 'planned', 'sent', 'sends', 'supplied', 'supplies',
  'approved', 'approves', 'recognized', 'recognised', 'recognizes', 'imposed', 'imposes', 'summoned', 'expelled', 'called', 'calls', 'asked',
  // "Moscow did not give up", "Kyiv does not want": a capital that does or does not do is its government.
  'did', 'does']);
const PLACE_PARTS = new Set(['outskirts', 'suburbs', 'streets', 'centre', 'center', 'districts', 'district', 'neighbourhoods', 'neighborhoods', 'port', 'airport', 'station', 'market', 'square', 'industrial', 'residential', 'southern', 'northern', 'eastern', 'western']);
const AUXILIARIES = new Set(['has', 'have', 'had', 'is', 'was', "'s", 'will', 'would', 'also', 'again', 'repeatedly', 'then']);

function isModifier(tokens: readonly Token[], m: PlaceMention): boolean {
  let k = tokens.findIndex((t) => t.start >= m.end);
  const next = tokens[k];
  if (!next) return false;
  if (next.start - m.end <= 1 && MODIFIED_NOUNS.has(next.text.toLowerCase())) return true;
  if (m.place.kind !== 'settlement' && m.place.kind !== 'country') return false;
  // "Moscow's ability", "Kyiv's allies": an owner, not a scene; "Bakhmut's outskirts" still is one.
  if ((next.text === "'s" || next.text === '\u2019s') && next.start === m.end) return !PLACE_PARTS.has(tokens[k + 1]?.text.toLowerCase() ?? '');
  // "residents in Bakhmut said": the name after a preposition is where the speakers are.
  const before = tokens[tokens.findIndex((t) => t.start >= m.start) - 1];
  if (before && (before.pos === 'ADP' || before.pos === 'DET')) return false;
  while (k < tokens.length - 1 && AUXILIARIES.has(tokens[k]!.text.toLowerCase())) k++;
  return GOVERNMENT_VERBS.has(tokens[k]!.text.toLowerCase());
}

type Placed = { location: EventLocation | null; quality: number };
type Best = { m: PlaceMention; score: number; precision?: 2; word: string };

/**
 * The place of the event whose trigger starts at `triggerAt`, or null. `quality` says how sure the place
 * is and feeds the event's confidence; a statement's place is chosen by its own rule (statementPlace) but
 * keeps the quality the sentence's places give, so that the confidence model reads what it was fitted on.
 */
export function placeEvent(ctx: PlaceContext, triggerAt: number): Placed {
  const best = bestInSentence(ctx, triggerAt);
  const placed = contextPlace(ctx, best);
  if (communicative(ctx.type)) return statementPlace(ctx, triggerAt, best, placed);
  // "soldiers across the country were put on alert as forces marched towards Moscow": the country of the side
  // that acts is the scene, unless a place is tied to the trigger as firmly as "in", "at" or "near" would tie it.
  const { start, end } = ctx.sentence;
  if (ctx.actorSide && WHOLE_COUNTRY.test(ctx.text.slice(start, end)) && !(best && (PREPOSITIONS[best.word]?.score ?? 0) >= 3)) {
    const country = countryLocation(ctx.actorSide);
    if (country) return { location: country, quality: placed.quality };
  }
  // "massing near the border with Ukraine": a border is finer than the country and than a town named before.
  if (!best || best.m.place.kind === 'country') {
    const border = borderArea(ctx.text.slice(start, end), triggerAt - start);
    if (border) return { location: border, quality: 0.5 };
  }
  return placed;
}

/** The sentence's place most tied to the trigger, by preposition, kind, distance and confidence. */
function bestInSentence(ctx: PlaceContext, triggerAt: number): Best | null {
  let best: Best | null = null;
  let before: PlaceMention | null = null;
  for (const m of within(ctx.places, ctx.sentence.start, ctx.sentence.end)) {
    const prev = before;
    before = m;
    if (ctx.modifiers.has(m)) continue;
    // "captured Avdiivka in the Donetsk region": the area says where the town is; the town is the scene.
    if (prev && qualifies(ctx.text, prev, m)) continue;
    // "shelled Klishchiivka near Bakhmut": the town named to locate the village is not the scene.
    if (prev && !ctx.modifiers.has(prev) && locatesPrevious(ctx.text, prev, m)) continue;
    let { word, prevWord } = prepositionBefore(ctx.sentence.tokens, m.start, triggerAt);
    // The object counts only when its name is sure, and not when it sits in a place named next ("a shelled
    // cafe in Kharkiv"): a doubtful or contained name is not the scene.
    if (word === 'object' && (m.confidence < 0.8 || nextWord(ctx.sentence.tokens, m.end) === 'in')) word = '';
    if (word === 'of-aim') continue;
    // "the mayor of Melitopol said two explosions": the official's town is a scene only for what happened, and
    // only when nothing better tied to the trigger is named; a statement is placed by its own rule.
    if (word === 'of-title' && communicative(ctx.type)) continue;
    if (word === 'from' && !FROM_TYPES.has(ctx.type)) continue;
    if (word === 'from' && prevWord === 'out') continue;
    const prep = word === 'of-title' ? OF_TITLE : PREPOSITIONS[word];
    const distance = Math.abs(m.start - triggerAt) / 40;
    const score = (prep ? prep.score : 0.5) + (word === 'from' ? 3 : 0) + (KIND_SCORE[m.place.kind] ?? 1) - distance
      + (m.start > triggerAt ? 0.5 : 0) + m.confidence;
    // "in the Pokrovsk direction", "on the Kupiansk axis": the area around the town, not the town.
    const around = AREA_AFTER.has(nextWord(ctx.sentence.tokens, m.end)) ? 2 : prep?.precision;
    if (!best || score > best.score) best = { m, score, word, ...(around ? { precision: around } : {}) };
  }
  return best;
}

/** Between a town and the area written to say where it lies: "X, Donetsk Oblast", "X in the Kherson region", "X (Sumy)". */
const QUALIFIER_GAP = /^(?:\s*,\s*|\s+in\s+(?:the\s+)?|\s*\(\s*)$/;

/** Whether the area mention `area` is written right after the town `town` to say which area it lies in. */
function qualifies(text: string, town: PlaceMention, area: PlaceMention): boolean {
  if (area.place.kind !== 'admin1' || town.place.kind !== 'settlement') return false;
  if (!area.place.admin1 || town.place.admin1 !== area.place.admin1) return false;
  return QUALIFIER_GAP.test(text.slice(town.end, area.start));
}

/**
 * A statement or decision is placed where the sentence says it was made ("In Kyiv, the minister said",
 * "signed in Istanbul on Friday"), else at the acting government's country ("Moscow decided", "the United
 * States announced"); only when neither is known does the section's context stand in.
 */
function statementPlace(ctx: PlaceContext, triggerAt: number, best: Best | null, placed: Placed): Placed {
  if (best && SPOKEN_AT.has(best.word) && (best.m.start < triggerAt || best.m.start - triggerAt <= SAID_AT_REACH)) {
    return { location: toLocation(best.m, best.precision), quality: placed.quality };
  }
  // "declared a foreign agent by Moscow", "drills agreed to by Minsk": a town that is the agent of the act is
  // its government, as the subject of a verb of saying is (isModifier).
  if (best && best.m.place.kind === 'settlement' && best.m.start > triggerAt && /\bby\s+$/.test(ctx.text.slice(Math.max(0, best.m.start - 4), best.m.start))) {
    const government = countryLocation(best.m.place.country);
    if (government) return { location: government, quality: placed.quality };
  }
  const about = ctx.type === 'decision' ? decidedAt(ctx, triggerAt) : null;
  if (about) return { location: toLocation(about, 1), quality: placed.quality };
  // "Finland and Sweden will be invited", "Putin will not be invited": the subject of a passive is what the act
  // is done to; only its agent ("by the Senate") or a government named after the verb acts.
  const passive = passiveAt(ctx.sentence.tokens, triggerAt);
  const subject = speakerCountry(ctx, triggerAt);
  const side = ctx.actorSide && !passive && !onlyAimed(ctx, ctx.actorSide) ? ctx.actorSide : undefined;
  const country = (passive ? null : subject) ?? countryLocation(side);
  if (country) return { location: country, quality: placed.quality };
  // No place of its own ("the aid bill for Ukraine was approved"): the country whose government the
  // sentence names acts ("the Senate", "U.S. aid"), not a town named earlier nor the country it is for.
  const own = best !== null && LOCATIVE.has(best.word) && best.m.place.kind === 'country';
  if (!own && (placed.quality < 1 || placed.location?.kind === 'country')) {
    const code = actingCountry(ctx.sentence.tokens, triggerAt);
    const acting = passive && code === subject?.country ? null : countryLocation(code);
    if (acting) return { location: acting, quality: placed.quality };
    // "The government also announced a grant for Ukraine": the government is the one the story is about,
    // the country named before as the one that acts, not the country the act is for.
    const aimed = placed.location?.kind === 'country' && onlyAimed(ctx, placed.location.country) ? placed.location.country : null;
    const earlier = aimed ? countryLocation(earlierActing(ctx, aimed)) : null;
    if (earlier) return { location: earlier, quality: placed.quality };
  }
  return placed;
}

/**
 * Whether the sentence names the country `code` only as what an act is for or against ("aid for Ukraine was
 * adopted"): an actor read from such a name is the beneficiary, not the government that acts.
 */
function onlyAimed(ctx: PlaceContext, code: string): boolean {
  const tokens = ctx.sentence.tokens;
  const named = within(ctx.places, ctx.sentence.start, ctx.sentence.end).filter((m) => m.place.kind === 'country' && m.place.country === code);
  return named.length > 0 && named.every((m) => aimBefore(tokens, tokens.findIndex((t) => t.start >= m.start)));
}

/** Words that may stand between "be" and a participle: "will not be formally invited". */
const PASSIVE_GAP = new Set(['not', 'also', 'formally', 'officially', 'already', 'now', 'then', 'again', 'reportedly']);

/** Whether the trigger at `triggerAt` is a passive participle: "was adopted", "will not be invited". */
function passiveAt(tokens: readonly Token[], triggerAt: number): boolean {
  let j = tokens.findIndex((t) => t.start >= triggerAt) - 1;
  if (j < -1) return false;
  while (j >= 0 && PASSIVE_GAP.has(tokens[j]!.text.toLowerCase())) j--;
  return j >= 0 && BE_FORMS.has(tokens[j]!.text.toLowerCase());
}

/** How far back (characters) a country that acted earlier in the section still stands for an unnamed government. */
const ACTED_BEFORE = 2000;
/** Words before a country that make it a place, an aim or a complement rather than a subject. */
const NOT_SUBJECT = /\b(?:for|to|against|on|into|from|with|towards?|about|over|of|in|at|by|across)\s+(?:the\s+)?$/i;

/**
 * The country last named before the sentence as a subject ("Australia's package", "Poland announced"),
 * other than `aimed`: the government an unnamed "the government" or "the document" belongs to.
 */
function earlierActing(ctx: PlaceContext, aimed: string): string | undefined {
  for (let i = firstFrom(ctx.places, ctx.sentence.start) - 1; i >= 0; i--) {
    const m = ctx.places[i]!;
    if (m.start < ctx.sentence.start - ACTED_BEFORE) break;
    if (m.place.kind !== 'country' || m.place.country === aimed) continue;
    if (NOT_SUBJECT.test(ctx.text.slice(Math.max(0, m.start - 24), m.start))) continue;
    return m.place.country;
  }
  return undefined;
}

/** Places a decision can be about: a town, a site, a district or an oblast ("cancel the parade in occupied Crimea"). */
const DECIDED_KINDS = new Set(['settlement', 'feature', 'admin2', 'admin1']);

/** How far after a decision's trigger (characters) the town of the act decided on may be named. */
const DECIDED_REACH = 60;

/**
 * The town a decision is about, named in its complement: "the decision not to withdraw from Bakhmut", "decided
 * to evacuate Kupiansk". A decision is where what it decides happens, when that is a town; a country in the
 * complement is what it is about ("aid to Ukraine") and leaves the decision at the acting government's country.
 */
function decidedAt(ctx: PlaceContext, triggerAt: number): PlaceMention | null {
  for (const m of ctx.places) {
    if (m.start <= triggerAt) continue;
    if (m.start - triggerAt > DECIDED_REACH || m.end > ctx.sentence.end) return null;
    // "recognized the independence of Crimea and Sevastopol": what a noun of the decision is of (and the list it
    // opens) is what it is about, not where it is carried out.
    // "pull out of Hilltown" is a move from the town, not a noun's complement.
    if (/(?<!\bout\s)\bof\s+(?:the\s+)?$/i.test(ctx.text.slice(Math.max(0, m.start - 12), m.start))) return null;
    if (DECIDED_KINDS.has(m.place.kind) && !ctx.modifiers.has(m)) return m;
  }
  return null;
}

/** The place from the sentence, else from the text just before it. */
function contextPlace(ctx: PlaceContext, best: Best | null): Placed {
  if (best && best.m.place.kind !== 'country') return { location: toLocation(best.m, best.precision), quality: 1 };
  // Nothing specific in the sentence: the last town named shortly before ("the city"), else the last
  // place named before it, stands for the area.
  let previous: PlaceMention | null = null;
  let town: PlaceMention | null = null;
  // A place of an earlier paragraph: the story may have moved on, so it comes after a country the
  // sentence names ("joint exercises in Belarus" after a paragraph about Kyiv).
  let earlier: PlaceMention | null = null;
  // Back from the sentence: the last place before it in its paragraph, the last one before that, and the
  // last town within RECENT characters (a town just named is "the city" whatever the paragraph).
  const paragraph = ctx.paragraphStart;
  for (let i = firstFrom(ctx.places, ctx.sentence.start) - 1; i >= 0; i--) {
    const m = ctx.places[i]!;
    if (m.end > ctx.sentence.start || m.place.kind === 'country' || ctx.modifiers.has(m)) continue;
    if (m.start >= paragraph) previous ??= m;
    else earlier ??= m;
    if (m.place.kind === 'settlement' && m.start >= ctx.sentence.start - RECENT) town ??= m;
    if ((previous || earlier) && m.start < ctx.sentence.start - RECENT) break;
  }
  previous = town ?? previous;
  // "stations in western Ukraine were targeted": a country the sentence puts the event in stands, unless a
  // town of that country was named just before (then "the town" is meant). As sure as the fallback was.
  const tied = LOCATIVE.has(best?.word ?? '') || (DESTINATION.has(best?.word ?? '') && MOVEMENT_TYPES.has(ctx.type));
  if (best && best.m.place.kind === 'country' && tied && !(previous && previous === town && previous.place.country === best.m.place.country)) {
    return { location: toLocation(best.m, 3), quality: previous ? 0.5 : 0.3 };
  }
  // A sentence cut short by a quote's "!" may name its place just after: "held a protest 'Stop!' in X".
  if (!previous && !best && !earlier) {
    const next = placesFrom(ctx.places, ctx.sentence.end).find((m) => m.start - ctx.sentence.end < AHEAD && m.place.kind !== 'country' && !ctx.modifiers.has(m) && !ctx.text.slice(ctx.sentence.end, m.start).includes('\n'));
    if (next) return { location: toLocation(next, 2), quality: 0.4 };
  }
  if (previous) return { location: toLocation(previous, 3), quality: 0.5 };
  if (best) return { location: toLocation(best.m, 3), quality: 0.3 };
  if (earlier) return { location: toLocation(earlier, 3), quality: 0.5 };
  return { location: null, quality: 0 };
}

/** Whether two locations can be the same happening's place. */
export function placesCompatible(a: EventLocation | null, b: EventLocation | null): boolean {
  if (!a || !b) return true;
  if (a.geonameId !== null && a.geonameId === b.geonameId) return true;
  // A country stands for somewhere in it: never the same place as somewhere in another country.
  // Places of two countries are never one scene, whatever their precision: "the Donbas" (a region with no
  // oblast) is not where something in Munich happened.
  if (a.country !== b.country) return false;
  if (a.kind === 'country' || b.kind === 'country') return true;
  if (a.precision === 3 || b.precision === 3) return !a.admin1 || !b.admin1 || a.admin1 === b.admin1;
  const r = Math.PI / 180;
  const h = Math.sin(((b.lat - a.lat) * r) / 2) ** 2 + Math.cos(a.lat * r) * Math.cos(b.lat * r) * Math.sin(((b.lon - a.lon) * r) / 2) ** 2;
  return 12742 * Math.asin(Math.sqrt(h)) < 15;
}
