// The trigger matches of one sentence: each word is tried against the rules in order, and the first rule whose
// trigger family holds the word and whose conditions hold near it wins. The type is then refined by the weapon
// nearest the trigger, by ground fighting, or by the side that took a place.
import type { PlaceMention } from '../../../annotate/types.js';
import { EVENT_TYPES, type EventTypeId } from '../../../events/taxonomy.js';
import type { CueKey, InstrumentKey, SlavicLexicon } from './lexicon/types.js';
import { SLAVIC_RULES, type SlavicRule } from './rules.js';
import { matches } from './stems.js';
import type { Word } from './words.js';

export interface SlavicMatch {
  rule: SlavicRule;
  /** Index of the trigger word in the sentence's words. */
  at: number;
  type: EventTypeId;
}

/** Words either side of a trigger that its conditions look at (its clause, roughly). */
const NEAR = 8;
/** Families whose trigger words are also sport's (a shot, an attack, a defence). */
const VIOLENT = new Set(['violence', 'territory', 'disruption']);
/** Place kinds one takes or frees. */
const TAKEN = new Set(['settlement', 'admin2', 'feature']);

const INSTRUMENT_ORDER: readonly InstrumentKey[] = ['drone', 'missile', 'air', 'artillery', 'ied', 'knife'];
const INSTRUMENT_TYPE: Readonly<Record<InstrumentKey, EventTypeId>> = {
  drone: 'strike.drone', missile: 'strike.missile', air: 'strike.air', artillery: 'strike.shelling', ied: 'explosive.mine', knife: 'violence.attack-civilians',
};
/** Weapons that override shelling or an explosion: a strike by air, drone or missile is coded as such. */
const AERIAL = new Set<InstrumentKey>(['drone', 'missile', 'air']);

export function instrumentOf(w: Word, lex: SlavicLexicon): InstrumentKey | null {
  return INSTRUMENT_ORDER.find((k) => matches(w.norm, lex.instruments[k])) ?? null;
}

export interface SentenceView {
  words: readonly Word[];
  /** The sentence's places, by start. */
  places: readonly PlaceMention[];
  lex: SlavicLexicon;
  /** The weapon the document names most (drones in a post about a drone raid), for a sentence that names none. */
  documentInstrument: InstrumentKey | null;
  /** The document names an explosive device: an explosion in it with no weapon of its own is that device's. */
  documentIed: boolean;
}

function near(v: SentenceView, at: number, key: CueKey): boolean {
  for (let j = Math.max(0, at - NEAR); j <= Math.min(v.words.length - 1, at + NEAR); j++) if (j !== at && matches(v.words[j]!.norm, v.lex.cues[key])) return true;
  return false;
}

/**
 * The weapon named nearest the trigger in its clause (a weapon further off is another thing's: "бригада ракетных
 * кораблей"); `carriers` only: what drops a munition is the drone or aircraft, not the explosive it drops.
 */
function nearestInstrument(v: SentenceView, at: number, carriers = false, bounds: readonly [number, number] = [0, v.words.length]): InstrumentKey | null {
  let best: { k: InstrumentKey; d: number } | null = null;
  v.words.forEach((w, j) => {
    const found = Math.abs(j - at) <= NEAR && j >= bounds[0] && j < bounds[1] ? instrumentOf(w, v.lex) : null;
    const k = found && (!carriers || AERIAL.has(found)) ? found : null;
    if (k && (!best || Math.abs(j - at) < best.d)) best = { k, d: Math.abs(j - at) };
  });
  return (best as { k: InstrumentKey; d: number } | null)?.k ?? null;
}

/** A settlement named after the trigger, or a word for one ("населенные пункты Ильинка и Петровка"). */
function placeAfter(v: SentenceView, at: number): boolean {
  const from = v.words[at]!.end;
  const to = v.words[Math.min(v.words.length - 1, at + NEAR)]!.end;
  return v.places.some((p) => p.start >= from && p.start <= to && TAKEN.has(p.place.kind)) || near(v, at, 'settlement');
}

/**
 * Drones or missiles as what was destroyed: named after the trigger ("уничтожили 11 дронов"), or counted before
 * it ("Шесть БПЛА уничтожены"), or with air defence in the sentence. "Цех по сборке БПЛА ... поражены" names
 * drones as what a workshop makes: a strike on it.
 */
function aerialObject(v: SentenceView, at: number): boolean {
  const aerial = (j: number) => matches(v.words[j]?.norm ?? '', v.lex.cues.aerial);
  for (let j = at + 1; j <= Math.min(v.words.length - 1, at + NEAR); j++) if (aerial(j)) return true;
  for (let j = at - 1; j >= Math.max(0, at - NEAR); j--) {
    if (!aerial(j)) continue;
    for (let n = j - 1; n >= Math.max(0, j - 3); n--) if (v.words[n]!.numeric || v.lex.numbers.some((x) => x.stem === `${v.words[n]!.norm}=`)) return true;
  }
  return v.words.some((w) => matches(w.norm, v.lex.cues.airDefence));
}

function holds(rule: SlavicRule, v: SentenceView, at: number): boolean {
  // A weapon in the sentence, or one the whole post is about ("Одна попала в аэродром" after eight missiles).
  if (rule.needs === 'instrument') { if (!v.documentInstrument && !v.words.some((w) => instrumentOf(w, v.lex))) return false; }
  else if (rule.needs === 'aerialObject') { if (!aerialObject(v, at)) return false; }
  else if (rule.needs === 'place') { if (!placeAfter(v, at)) return false; }
  else if (rule.needs && !near(v, at, rule.needs)) return false;
  if (VIOLENT.has(EVENT_TYPES[rule.type].family) && (near(v, at, 'sport') || near(v, at, 'otherSense'))) return false;
  if (rule.notAfter && at > 0 && matches(v.words[at - 1]!.norm, v.lex.cues[rule.notAfter])) return false;
  return !rule.unless?.some((k) => near(v, at, k));
}

function refine(rule: SlavicRule, v: SentenceView, at: number, bounds: readonly [number, number]): EventTypeId {
  if (rule.refine === 'side') {
    const before = v.words.slice(Math.max(0, at - NEAR), at);
    if (before.some((w) => matches(w.norm, v.lex.cues.ukrainianSide))) return 'territory.recapture';
    if (before.some((w) => matches(w.norm, v.lex.cues.russianSide))) return 'territory.capture';
    // Unsaid, "liberated" is each side's word for its own gains: Russian media write of Russia's, Ukrainian of Ukraine's.
    return rule.trigger === 'liberate' && v.lex.code === 'uk' ? 'territory.recapture' : 'territory.capture';
  }
  if (rule.refine === 'attack' && near(v, at, 'ground')) return 'battle.armed-clash';
  if (rule.refine !== 'instrument' && rule.refine !== 'attack') return rule.type;
  const own = nearestInstrument(v, at, rule.trigger === 'drop', bounds);
  if (!own && rule.type === 'explosion.unspecified' && v.documentIed) return 'explosive.mine';
  const k = own ?? (rule.type === 'strike.shelling' && rule.trigger !== 'shelling' ? v.documentInstrument : null);
  if (!k) return rule.type;
  if ((rule.type === 'strike.shelling' && rule.trigger === 'shelling') || rule.type === 'explosion.unspecified') {
    return AERIAL.has(k) || (rule.type === 'explosion.unspecified' && k === 'ied') ? INSTRUMENT_TYPE[k] : rule.type;
  }
  return INSTRUMENT_TYPE[k];
}

/** Participle endings of an attribute ("сбитая ракета", "сбитых БПЛА", "збитого дрона"). */
const PARTICIPLE = /(?:ая|ой|ую|ые|ых|ым|ыми|ого|ому|ий|ій|их|і|ого|ої|ому|им|ими|а|у)$/;

/**
 * "Сбитая ракета упала", "обломками сбитых БПЛА": a participle before the weapon it describes, opening the
 * sentence or after the wreckage, tells of a shoot-down already reported, not of a new one.
 */
function isAttributive(v: SentenceView, at: number): boolean {
  const w = v.words[at]!;
  if (!PARTICIPLE.test(w.norm) || !matches(v.words[at + 1]?.norm ?? '', v.lex.cues.aerial)) return false;
  return at === 0 || matches(v.words[at - 1]!.norm, v.lex.cues.debris);
}

export function findMatches(v: SentenceView): SlavicMatch[] {
  const found: Array<{ rule: SlavicRule; at: number }> = [];
  v.words.forEach((w, at) => {
    if (matches(w.norm, v.lex.triggers.shootDown) && isAttributive(v, at)) return;
    for (const rule of SLAVIC_RULES) {
      if (!matches(w.norm, v.lex.triggers[rule.trigger])) continue;
      if (!holds(rule, v, at)) continue;
      found.push({ rule, at });
      return;
    }
  });
  // A weapon is its own trigger's: looked for between the triggers before and after it ("авіаційних ударів по
  // A, а також обстріляв B": the shelling of B was no air strike).
  return found.map((f, j) => ({ ...f, type: refine(f.rule, v, f.at, [j > 0 ? found[j - 1]!.at + 1 : 0, j < found.length - 1 ? found[j + 1]!.at : v.words.length]) }));
}
