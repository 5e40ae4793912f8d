// One event per real happening: mentions of the same type in a section whose dates, places, actors and
// modality agree are folded into the first, keeping the most precise date and place and the larger toll.
// Fighting and ground taken told in a later sentence are folded only when that sentence names no scene of its
// own, dates it more sharply, tells it more clearly, or names the same place told by the same side: battlefield
// reports tell a new action at another place in the next sentence, or the other side's claim about the same
// place (a retelling of one type, place and day is still folded after the decision, fold-kept.ts). Another
// teller of the same side is the same happening: a strike told by the mayor and then by the air force.
// Title events only support the body's: matched, they strengthen it; unmatched, they stay, ranked lower.
import type { Draft } from './draft.js';
import { datesCompatible } from './args/date.js';
import { placesCompatible } from './args/place.js';
import { combineCounts } from './args/casualties.js';
import { EVENT_TYPES, isGenericType } from './taxonomy.js';
import { ANCHOR } from './specific.js';

const REAL = new Set(['asserted', 'claimed', 'historical']);

function sidesOf(d: Draft): Set<string> {
  return new Set(d.actors.map((x) => x.side).filter((x): x is string => !!x));
}

function actorsCompatible(a: Draft, b: Draft): boolean {
  // A visit, a call or a statement is its doer's: "their trips followed a visit by the Russian president" tells
  // two, whoever else each mention names.
  if (EVENT_TYPES[a.type].family === 'political' && EVENT_TYPES[b.type].family === 'political') {
    const da = a.actors.find((x) => x.role === 'actor1')?.side;
    const db = b.actors.find((x) => x.role === 'actor1')?.side;
    if (da && db && da !== db) return false;
  }
  // Two sides of one battle may be named in either order: any shared side will do.
  const sa = sidesOf(a);
  const sb = sidesOf(b);
  if (sa.size && sb.size) return [...sa].some((x) => sb.has(x));
  const a1 = a.actors.find((x) => x.role === 'actor1');
  const b1 = b.actors.find((x) => x.role === 'actor1');
  if (!a1 || !b1) return true;
  // Names must share a word; a common noun ("people", "the rest") says nothing either way.
  if (!/[A-Z]/.test(a1.name) || !/[A-Z]/.test(b1.name)) return true;
  const wa = a1.name.toLowerCase().split(/\s+/);
  return b1.name.toLowerCase().split(/\s+/).some((w) => wa.includes(w));
}

/** Days from a to b. */
function daysBetween(a: string, b: string): number {
  return (Date.parse(b.slice(0, 10)) - Date.parse(a.slice(0, 10))) / 86400000;
}

/**
 * Dates agree when they can denote the same time, or when one is only the day it was reported ("said on
 * Thursday", the page date) and the other a day shortly before it: the report came after the event.
 */
function datesAgree(a: Draft, b: Draft): boolean {
  if (datesCompatible(a.date, b.date)) return true;
  if (!a.date || !b.date || a.date.precision !== 'day' || b.date.precision !== 'day') return false;
  const [reported, own] = a.dateQuality < b.dateQuality ? [a, b] : [b, a];
  if (reported.dateQuality > 0.6) return false;
  const gap = daysBetween(own.date!.value, reported.date!.value);
  return gap >= 0 && gap <= 7;
}

/** "The protesters" and "hauliers blocked the crossing" report one blockade; a strike and a clash are two. */
function typesAgree(a: Draft, b: Draft): boolean {
  if (a.type === b.type) return true;
  return (isGenericType(a.type) || isGenericType(b.type)) && EVENT_TYPES[a.type].family === EVENT_TYPES[b.type].family;
}

const PRECEDENCE_TYPES = new Set(['Battles', 'Explosions/Remote violence']);

/**
 * ACLED's precedence: fighting and the shelling or strikes that went with it, at one place on one day, are one
 * event of the higher-ranked type ("assaulted and shelled the village on Monday" is a clash). Both must name
 * the same place and the same day.
 */
function onePlaceAndDay(a: Draft, b: Draft): boolean {
  const ta = EVENT_TYPES[a.type].acled?.event_type;
  const tb = EVENT_TYPES[b.type].acled?.event_type;
  if (!ta || !tb || !PRECEDENCE_TYPES.has(ta) || !PRECEDENCE_TYPES.has(tb) || ta === tb) return false;
  if (Math.max(a.placeQuality, b.placeQuality) !== 1 || !a.location || !b.location) return false;
  const samePlace = a.location.geonameId !== null ? a.location.geonameId === b.location.geonameId : a.location.name === b.location.name;
  return samePlace && a.date?.precision === 'day' && a.date.value === b.date?.value;
}

export function sameHappening(a: Draft, b: Draft, opts: { actors?: boolean } = {}): boolean {
  // A battle has two sides: the side that shelled may be either of its own.
  if (onePlaceAndDay(a, b)) return REAL.has(a.modality) === REAL.has(b.modality);
  return typesAgree(a, b) && REAL.has(a.modality) === REAL.has(b.modality) && datesAgree(a, b) &&
    placesAgree(a, b) && (opts.actors === false || actorsCompatible(a, b));
}

/** A flood or a fire covers an area: two places of one oblast can be one disaster; a strike has one place. */
function placesAgree(a: Draft, b: Draft): boolean {
  // The places of one list are one event each, however near each other they lie.
  if (a.listed !== undefined && a.listed === b.listed) return a.location?.name === b.location?.name;
  // Two settlements each named as the scene of its own mention are two events however near they lie
  // (one event per place: an assault on a village and one on the town beside it); nearness only lets a
  // mention whose place is not its own scene join one that has it.
  if (EVENT_TYPES[a.type].family !== 'disaster' && a.placeQuality === 1 && b.placeQuality === 1 && a.location?.kind === 'settlement' &&
    b.location?.kind === 'settlement' && a.location.name !== b.location.name) return false;
  if (placesCompatible(a.location, b.location)) return true;
  return EVENT_TYPES[a.type].family === 'disaster' && !!a.location?.admin1 && a.location.admin1 === b.location?.admin1;
}

/** Whether `b` tells the happening more clearly than `a`: a stronger trigger, or a deed where `a` has a noun or a plan. */
function strongerTelling(b: Draft, a: Draft): boolean {
  const deed = (d: Draft) => (d.anchors & ANCHOR.deed) !== 0;
  if (deed(b) !== deed(a)) return deed(b);
  return b.weight > a.weight && a.weakTrigger && !b.weakTrigger;
}

/** Folds `b` into `a`. */
export function fold(a: Draft, b: Draft): void {
  if ((isGenericType(a.type) || onePlaceAndDay(a, b)) && a.type !== b.type && EVENT_TYPES[b.type].rank > EVENT_TYPES[a.type].rank) a.type = b.type;
  else if (isGenericType(a.type) && a.type !== b.type) a.type = b.type;
  if (b.dateQuality > a.dateQuality) {
    a.date = b.date;
    a.dateQuality = b.dateQuality;
  }
  if (b.placeQuality > a.placeQuality || (b.placeQuality === a.placeQuality && (b.location?.precision ?? 9) < (a.location?.precision ?? 9))) {
    a.location = b.location;
    a.placeQuality = b.placeQuality;
  }
  for (const x of b.actors) if (!a.actors.some((y) => y.name === x.name)) a.actors.push(x);
  if (b.fatalities) a.fatalities = combineCounts(a.fatalities, b.fatalities);
  if (b.injuries) a.injuries = combineCounts(a.injuries, b.injuries);
  // A speaker named in another sentence is lent, not the cited telling's own (see Draft.sourceLent).
  if (!a.source && b.source) a.sourceLent = !!b.sourceLent || a.section !== b.section || a.sentence !== b.sentence;
  a.source ??= b.source;
  a.verification ??= b.verification;
  if (a.section === b.section && strongerTelling(b, a)) {
    // The event cites its clearest telling: "continued counteroffensive operations along the border" then
    // "repelled an attack on the town" is the repelled attack, and its sentence is the evidence.
    const moved = a.sentence !== b.sentence;
    a.trigger = b.trigger;
    a.sentence = b.sentence;
    // Who says so is who says the telling cited: "the General Staff reported that troops repelled ...".
    if (b.source) {
      a.source = b.source;
      a.sourceLent = b.sourceLent;
      a.verification = b.verification ?? a.verification;
      a.modality = b.modality;
    } else if (a.source && moved) a.sourceLent = true;
  }
  a.weight = Math.max(a.weight, b.weight);
  if (a.section === b.section) {
    // Two triggers in one sentence cite that sentence each: keep every span once, in text order.
    for (const span of b.evidence) if (!a.evidence.some((x) => x.start === span.start && x.end === span.end)) a.evidence.push(span);
    a.evidence.sort((x, y) => x.start - y.start);
  }
  a.quotes.push(...b.quotes.filter(() => a.section === b.section));
  a.mentions += b.mentions;
  a.anchors |= b.anchors;
  a.weakTrigger &&= b.weakTrigger;
}

/**
 * Drafts can only be one happening when their families and their realness agree (typesAgree, and the
 * modality test of sameHappening), and a fold changes neither: each draft is compared with the kept ones
 * of its own kind only, the same first match as comparing with all.
 */
const kindOf = (d: Draft) => `${EVENT_TYPES[d.type].family} ${REAL.has(d.modality)}`;

/** Families of the battlefield, where each sentence of a report tells an action of its own. */
const BATTLEFIELD = new Set(['violence', 'territory']);

/**
 * Whether `b`, told in a later sentence than `a`, is an action of its own though its type, date and place
 * agree with `a`'s: fighting or ground taken at a scene `b` names itself, told no more clearly than `a` and
 * with no sharper date ("attacked near the town", then "attempted to attack the village beside it", "Russian
 * sources claimed they took the town"), at a place other than `a`'s or told by the other side. "Continued operations near the
 * town", then "repelled an attack on the town" is one clash told more clearly; "troops withdrew from the
 * town", then "on Wednesday units left the town, the statement said", one withdrawal told twice.
 */
function toldApart(a: Draft, b: Draft): boolean {
  if (a.section !== b.section || a.sentence === b.sentence || !BATTLEFIELD.has(EVENT_TYPES[b.type].family)) return false;
  // A telling that only adds what the first lacks (its scene, a sharper date) or tells it more clearly is the same happening.
  if (b.placeQuality !== 1 || b.dateQuality > a.dateQuality || strongerTelling(b, a)) return false;
  if (a.location?.name !== b.location?.name) return true;
  // The same place told by the other side is a claim of its own ("the General Staff reported repelling an attack
  // on X", then "Russian milbloggers claimed to have taken X"); two tellers of one side, or a teller of no known
  // side, tell one happening (the mayor, then the air force, of one strike).
  const sa = a.source?.side;
  const sb = b.source?.side;
  return !!sa && !!sb && sa !== sb;
}

/**
 * Kept drafts of one kind a draft is compared with: the latest ones. A news page keeps a few dozen; a page
 * of megabytes thousands, and comparing each with all of them cost the square of the page's length.
 */
const MAX_CANDIDATES = 250;

function mergePass(drafts: readonly Draft[]): Draft[] {
  const out: Draft[] = [];
  const kept = new Map<string, Draft[]>();
  for (const d of drafts) {
    const key = kindOf(d);
    let same: Draft | undefined;
    const candidates = kept.get(key);
    if (candidates) {
      for (let i = Math.max(0, candidates.length - MAX_CANDIDATES); i < candidates.length && !same; i++) {
        if (sameHappening(candidates[i]!, d) && !toldApart(candidates[i]!, d)) same = candidates[i];
      }
    }
    if (same) fold(same, d);
    else {
      out.push(d);
      if (candidates) candidates.push(d);
      else kept.set(key, [d]);
    }
  }
  return out;
}

/**
 * Passes until nothing folds: a fold sharpens the date or place of the kept draft ("the floods", then "the
 * dam at Nova Kakhovka ... on Tuesday"), which can make it match a mention it did not match before.
 */
export function mergeSection(drafts: readonly Draft[]): Draft[] {
  let out = mergePass(drafts);
  // Each pass costs drafts x kept drafts of their kind (at most MAX_CANDIDATES); a few passes reach the fixpoint in practice, and a bound keeps a huge
  // page from paying for many.
  for (let n = drafts.length, pass = 1; out.length < n && pass < MAX_PASSES; pass++) {
    n = out.length;
    out = mergePass(out);
  }
  return out;
}

const MAX_PASSES = 4;

/** Title drafts matched by a body draft fold into it; the rest are returned. */
export function foldTitle(title: readonly Draft[], body: Draft[]): Draft[] {
  const rest: Draft[] = [];
  for (const t of title) {
    // A headline names the actor loosely ("Foreign minister visits ..."): type, time and place decide.
    const match = body.find((b) => sameHappening(b, t, { actors: false }));
    if (match) {
      match.mentions += 1;
      match.weight = Math.min(0.95, match.weight + 0.05);
    } else rest.push(t);
  }
  return rest;
}
