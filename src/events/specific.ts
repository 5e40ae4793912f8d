// Whether a mention reports a specific happening or only talks about the war in general. News and analysis
// are full of "the fight for the east", "Russia's attack on Ukraine", "attacks on civilians must stop": a
// trigger word with nothing that ties it to one happening. A mention is specific when its own sentence
// anchors it: a time expression, a place below the country, a toll, a definite concrete referent ("the
// village", "the hospital"), or, for speech and diplomacy, a named person doing it. Each anchor is data below.
import type { EntityMention, Sentence, Token } from '../annotate/types.js';
import type { Draft } from './draft.js';
import { EVENT_TYPES } from './taxonomy.js';

/** Anchor kinds, as bits; a draft keeps the union over the mentions folded into it. */
export const ANCHOR = {
  timex: 1,
  place: 2,
  referent: 4,
  person: 8,
  /** A past-tense verb reporting a deed: "shelled", "was captured", "shot down". */
  deed: 16,
} as const;

/**
 * Concrete things a definite article or demonstrative points at in reports of one happening: "the village
 * was captured", "this hospital was hit". Abstract nouns ("the war", "the front") are left out on purpose.
 */
const CONCRETE_NOUNS = new Set([
  'village', 'villages', 'town', 'towns', 'city', 'settlement', 'hamlet', 'suburb', 'district', 'neighbourhood', 'neighborhood',
  'hospital', 'school', 'kindergarten', 'church', 'market', 'station', 'bridge', 'building', 'house', 'houses', 'apartment',
  'block', 'plant', 'factory', 'depot', 'warehouse', 'base', 'airfield', 'airport', 'port', 'harbour', 'harbor', 'dam',
  'convoy', 'checkpoint', 'car', 'bus', 'train', 'vehicle', 'ship', 'vessel', 'tank', 'helicopter', 'aircraft', 'jet',
  'journalist', 'reporter', 'mayor', 'governor', 'soldier', 'soldiers', 'officer', 'civilian', 'civilians', 'man', 'woman',
  'boy', 'girl', 'child', 'children', 'family', 'driver', 'volunteers', 'protesters', 'demonstrators', 'protest', 'rally',
  'outskirts', 'square', 'street', 'road', 'highway', 'region', 'oblast', 'province', 'area', 'coast', 'island', 'river', 'border',
]);
const DETERMINERS = new Set(['the', 'this', 'that', 'these', 'those', 'a', 'an']);
/** Past forms that do not end in -ed, for the verbs triggers use. */
const IRREGULAR_PAST = new Set(['shot', 'struck', 'hit', 'fought', 'took', 'drove', 'threw', 'blew', 'stole', 'overran', 'withdrew', 'fled', 'sank', 'met', 'left', 'seized', 'died', 'fell', 'went', 'held', 'beat', 'laid', 'caught', 'lost', 'began', 'broke', 'set']);
/**
 * Words before a past form that make it no report of a deed: a perfect or modal ("have been fired", "would
 * have attacked") speaks of a state or a possibility, "to"/"for" make it a purpose.
 */
const NOT_A_DEED_BEFORE = new Set(['to', 'have', 'has', 'had', 'been', 'be', 'being', 'will', 'would', 'could', 'should', 'might', 'may', 'must', 'can', 'for']);

/** Nouns a trigger word modifies when it names a kind of thing, not a happening: "strike weapons", "assault troops". */
const COMPOUND_HEADS = new Set(['weapon', 'weapons', 'system', 'systems', 'helicopter', 'helicopters', 'aircraft', 'rifle', 'rifles',
  'aid', 'capability', 'capabilities', 'capacity', 'group', 'groups', 'unit', 'units', 'brigade', 'brigades', 'troops', 'force',
  'potential', 'power', 'vehicle', 'vehicles', 'jets', 'planes', 'boats', 'dogs', 'team', 'teams', 'package', 'packages']);

const SUBJECT_POS = new Set(['NOUN', 'PROPN', 'PRON']);
const ACTIVITY_NOUNS = new Set(['operation', 'operations', 'action', 'actions', 'push', 'pushes', 'attempt', 'attempts', 'efforts', 'activity', 'activities', 'assaults']);
const USE_WORDS = new Set(['use', 'used', 'attack', 'attacks', 'strike', 'strikes', 'fire']);

/**
 * Whether the trigger phrase (tokens first..last-1) modifies a noun instead of reporting a happening:
 * "strike weapons", "offensive military aid", "self-declared republics".
 */
export function isAttributive(tokens: readonly Token[], first: number, last: number): boolean {
  const next = tokens[last];
  const t = tokens[first]!;
  // "incendiary weapon use", "drone attack": the compound names the happening after all. A past verb's next noun
  // is its object, not a compound's head: "sent troops", "deployed units" (a gerund or a bare form still heads
  // one: "fighting vehicles", "launch systems").
  const pastVerb = t.pos === 'VERB' && (/ed$/i.test(t.text) || IRREGULAR_PAST.has(t.text.toLowerCase()) || t.text.toLowerCase() === 'sent');
  if (next && !pastVerb && COMPOUND_HEADS.has(next.text.toLowerCase()) && !USE_WORDS.has(tokens[last + 1]?.text.toLowerCase() ?? '')) return true;
  const before = tokens[first - 1];
  if (before?.text === '-' && before.end === t.start) return true;
  // An adjective before a noun, not after a subject: "offensive military aid". Participles stay: "a
  // destroyed bridge" reports damage, and "troops looted shops" may be tagged an adjective.
  const w = t.text.toLowerCase();
  if (w.endsWith('ed') || w.endsWith('ing')) return false;
  // "offensive operations", "offensive actions" name fighting.
  if (next && ACTIVITY_NOUNS.has(next.text.toLowerCase())) return false;
  return last === first + 1 && t.pos === 'ADJ' && !!next && (next.pos === 'NOUN' || next.pos === 'ADJ') && !SUBJECT_POS.has(before?.pos ?? '');
}

/** Participles that name a state before a noun: territory held, people killed. "A shelled cafe", "bombed
 * homes" in a caption do report the strike, like "a destroyed bridge" reports damage. */
const STATE_WORDS = new Set(['killed']);
const OPENERS = new Set(['DET', 'ADP', 'ADJ', 'PUNCT']);

/**
 * Whether a past participle before a noun names a state, not a happening: "images from liberated Ukrainian
 * cities", "the families of the killed ones", "a captured humvee". "Forces recently liberated Izium" has its
 * subject.
 */
export function isStateParticiple(tokens: readonly Token[], first: number, type: string): boolean {
  const t = tokens[first]!;
  if (!type.startsWith('territory.') && !STATE_WORDS.has(t.text.toLowerCase())) return false;
  if (!/ed$/i.test(t.text) || (t.pos !== 'VERB' && t.pos !== 'ADJ')) return false;
  const next = tokens[first + 1];
  if (!next || (next.pos !== 'NOUN' && next.pos !== 'ADJ' && next.pos !== 'PROPN')) return false;
  let k = first - 1;
  while (k >= 0 && tokens[k]!.pos === 'ADV') k--;
  return k < 0 || OPENERS.has(tokens[k]!.pos);
}

/** Past verbs whose infinitive reports the deed itself: "continued to shell", "began to withdraw". */
const ASPECTUAL_PAST = new Set(['continued', 'began', 'started', 'resumed', 'managed', 'kept']);

/** Whether the trigger at token `i` is an infinitive after a past aspectual verb: "continued to shell". */
export function isAspectualInfinitive(tokens: readonly Token[], i: number): boolean {
  return tokens[i - 1]?.text.toLowerCase() === 'to' && ASPECTUAL_PAST.has(tokens[i - 2]?.text.toLowerCase() ?? '');
}

/**
 * Words before "to" after which the infinitive still happened: "forced to retreat", "was able to strike",
 * "continue to shell"; an attempt ("attempted to advance", "unsuccessful attempts to cross") was an assault made.
 */
const REALISED_BEFORE_TO = new Set([...ASPECTUAL_PAST, 'forced', 'compelled', 'able', 'had', 'proceeded', 'continue', 'continues', 'continuing',
  'attempted', 'attempting', 'attempt', 'attempts', 'tried', 'trying', 'efforts', 'effort']);

/**
 * Whether the trigger at token `i` is an infinitive of purpose, demand or plan: "an offensive under way to
 * seize the town", "sent to fight", "seeks to repel". It names what is meant to happen, not what did.
 */
export function isPurposeInfinitive(tokens: readonly Token[], i: number): boolean {
  return tokens[i - 1]?.text.toLowerCase() === 'to' && tokens[i]!.pos === 'VERB' && !REALISED_BEFORE_TO.has(tokens[i - 2]?.text.toLowerCase() ?? '');
}

/** Verbs whose infinitive complement is what someone is asked or pressed to do: "urged Moscow to withdraw". */
const DIRECTIVES = new Set(['urge', 'urged', 'urges', 'urging', 'ask', 'asked', 'asks', 'asking', 'demand', 'demanded', 'demands', 'call', 'called',
  'calls', 'calling', 'press', 'pressed', 'presses', 'pressing', 'push', 'pushed', 'pushing', 'want', 'wants', 'wanted', 'encourage', 'encouraged',
  'encourages', 'appeal', 'appealed', 'appeals', 'implore', 'implored', 'invite', 'invited', 'invites', 'tell', 'told', 'tells', 'order', 'ordered']);

/**
 * Whether the trigger at token `i` is an infinitive after a directive verb and its addressee ("urged Russia to
 * withdraw", "called on both sides to stop shelling"): a demand, which the codebook does not count as an event.
 */
export function isDemandedInfinitive(tokens: readonly Token[], i: number): boolean {
  if (tokens[i - 1]?.text.toLowerCase() !== 'to') return false;
  for (let j = i - 2; j >= Math.max(0, i - 6); j--) {
    const w = tokens[j]!.text.toLowerCase();
    if (DIRECTIVES.has(w)) return true;
    if (tokens[j]!.pos === 'VERB' || w === ',' || w === ';') return false;
  }
  return false;
}

const PARTICIPLE = /(?:ed|en)$/;
const IRREGULAR_PARTICIPLES = new Set(['hit', 'struck', 'shot', 'blown', 'torn', 'burnt', 'left', 'held', 'taken', 'seized', 'killed']);
const isParticiple = (t: Token | undefined) => !!t && (t.pos === 'VERB' || t.pos === 'ADJ') && (PARTICIPLE.test(t.text.toLowerCase()) || IRREGULAR_PARTICIPLES.has(t.text.toLowerCase()));
/** Prepositions before a noun that a participle then describes: "a memorial to civilians killed in the city". */
const BEFORE_DESCRIBED_NOUN = new Set(['to', 'for', 'of', 'with', 'about', 'among']);

/**
 * Whether the trigger only describes something named in passing, with no time of its own: "touring a school
 * damaged by a missile strike" (the strike is what damaged the school, some time before), "a memorial to
 * civilians killed in the city". Such a mention is not dated by its sentence's time.
 */
export function isBackgroundMention(tokens: readonly Token[], i: number): boolean {
  const w1 = tokens[i - 1]?.text.toLowerCase();
  const byAt = w1 === 'by' ? i - 1 : ['a', 'an', 'the'].includes(w1 ?? '') && tokens[i - 2]?.text.toLowerCase() === 'by' ? i - 2 : -1;
  // The noun must sit inside a clause with a verb of its own ("toured a school damaged by ..."); a headline
  // or caption that is only "Homes damaged by strike" reports the strike.
  if (byAt > 0 && isParticiple(tokens[byAt - 1]) && SUBJECT_POS.has(tokens[byAt - 2]?.pos ?? '') && tokens[byAt - 2]!.pos !== 'PRON') {
    return determined(tokens, byAt - 2) && hasVerbBefore(tokens, byAt - 2);
  }
  return isParticiple(tokens[i]) && tokens[i - 1]?.pos === 'NOUN' && BEFORE_DESCRIBED_NOUN.has(tokens[i - 2]?.text.toLowerCase() ?? '') && hasVerbBefore(tokens, i - 2);
}

const DETERMINERS_OF_OBJECT = new Set(['a', 'an', 'the', 'this', 'that', 'these', 'those', 'its', 'their', 'his', 'her', 'several', 'two', 'three']);

/** "a school", "the badly damaged school": the noun at `k` opens with a determiner (an adjective may come between). */
function determined(tokens: readonly Token[], k: number): boolean {
  const before = tokens[k - 1];
  if (before && (DETERMINERS_OF_OBJECT.has(before.text.toLowerCase()) || before.pos === 'NUM')) return true;
  return before?.pos === 'ADJ' && DETERMINERS_OF_OBJECT.has(tokens[k - 2]?.text.toLowerCase() ?? '');
}

/** Whether a main verb stands before token `end`: the noun phrase there is then an object, not the clause. */
function hasVerbBefore(tokens: readonly Token[], end: number): boolean {
  // A capitalised "verb" opening a caption is mostly a noun the tagger misread ("Damage to power plant ...").
  for (let j = 0; j < end; j++) if (tokens[j]!.pos === 'VERB' && /^[a-z]/.test(tokens[j]!.text)) return true;
  return false;
}

/** Whether the trigger at token `i` is a past-tense verb that reports one deed. */
export function isReportedDeed(tokens: readonly Token[], i: number): boolean {
  if (isAspectualInfinitive(tokens, i)) return true;
  const t = tokens[i]!;
  // The tagger sometimes calls a past verb after its subject an adjective: "the troops looted shops".
  if (t.pos !== 'VERB' && !(t.pos === 'ADJ' && SUBJECT_POS.has(tokens[i - 1]?.pos ?? ''))) return false;
  const w = t.text.toLowerCase();
  if (!(w.endsWith('ed') || IRREGULAR_PAST.has(w))) return false;
  if (NOT_A_DEED_BEFORE.has(tokens[i - 1]?.text.toLowerCase() ?? '')) return false;
  // "Crimea, occupied by Russia": a participle after its noun describes a state.
  return !(tokens[i + 1]?.text.toLowerCase() === 'by' && (SUBJECT_POS.has(tokens[i - 1]?.pos ?? '') || tokens[i - 1]?.text === ','));
}

const DEMONYM = /(?:ian|ish|ese|ic|an)$/;

/** Phrases after a trigger that give it another sense: "captured on video", "shot on camera". */
const IDIOM_AFTER: ReadonlyArray<readonly string[]> = [['on', 'video'], ['on', 'camera'], ['on', 'film'], ['on', 'tape'], ['the', 'imagination']];

/**
 * Whether a trigger is a word of a name or an idiom rather than a happening: "Downing Street", the
 * "Preventing Sexual Violence Initiative" (capitalised amid capitalised words in an ordinary sentence),
 * "captured on video".
 */
export function isNameOrIdiom(tokens: readonly Token[], first: number, last: number): boolean {
  if (IDIOM_AFTER.some((words) => words.every((w, k) => tokens[last + k]?.text.toLowerCase() === w))) return true;
  if (first === 0 || !/^[A-Z]/.test(tokens[first]!.text)) return false;
  // A capitalised word before ("Preventing Sexual Violence"), or after one that follows a lowercase word
  // ("over Downing Street"); a nationality ("Russian Convoy") or a caption's opening ("Image 1: Destroyed
  // Church") is no sign of a name.
  const word = (t: Token | undefined) => !!t && /^[A-Za-z]/.test(t.text);
  const nameWord = (t: Token | undefined) => word(t) && /^[A-Z]/.test(t!.text) && !DEMONYM.test(t!.text);
  const prev = tokens[first - 1];
  if (!nameWord(prev) && !(word(prev) && /^[a-z]/.test(prev!.text) && nameWord(tokens[last]))) return false;
  // A headline in title case capitalises every word; only an ordinary sentence tells a name apart.
  const words = tokens.filter((t) => /^[A-Za-z]/.test(t.text));
  const upper = words.filter((t) => /^[A-Z]/.test(t.text)).length;
  return upper / Math.max(1, words.length) < 0.7;
}

/** Countries whose name after "attack on", "invasion of" makes the phrase the war as a whole. */
const WAR_TARGETS = new Set(['ukraine', 'russia', 'europe', 'georgia', 'moldova', 'poland', 'belarus', 'israel', 'iran', 'nato', 'the west']);
/** What stands before the war named as a whole: "Russia's attack", "the invasion", "its full-scale offensive". A bare
 * headline ("Attack on Israel.") reports one strike. */
const WAR_OWNERS = new Set(["'s", '\u2019s', 'the', 'its', 'their', 'this', 'russian', 'full-scale', 'large-scale', 'unprovoked', 'brutal', 'ongoing', 'illegal', 'scale']);
/** Nouns that name a war when their target is a country; "destruction in Ukraine's Mariupol" is still damage. */
const WAR_NOUNS = new Set(['attack', 'attacks', 'invasion', 'offensive', 'aggression', 'assault', 'war', 'operation', 'onslaught', 'bombardment']);
const WAR_LINKS = new Set(['on', 'against', 'of', 'in', 'into', 'to']);

/**
 * Whether a noun trigger names the war as a whole: "Russia's attack on Ukraine in February 2022", "the
 * offensive against Ukraine". An attack on a city or on positions stays a happening.
 */
export function namesTheWar(tokens: readonly Token[], first: number, last: number): boolean {
  if (tokens[first]!.pos !== 'NOUN' || !WAR_NOUNS.has(tokens[first]!.text.toLowerCase())) return false;
  if (!WAR_OWNERS.has(tokens[first - 1]?.text.toLowerCase() ?? '')) return false;
  if (!WAR_LINKS.has(tokens[last]?.text.toLowerCase() ?? '')) return false;
  const next = tokens[last + 1]?.text.toLowerCase() ?? '';
  return WAR_TARGETS.has(next) || (next === 'the' && WAR_TARGETS.has(`the ${tokens[last + 2]?.text.toLowerCase() ?? ''}`));
}

/** The anchors a trigger's sentence gives it, as ANCHOR bits. */
export function sentenceAnchors(sentence: Sentence, entities: readonly EntityMention[], ownTimex: boolean, ownPlace: boolean, trigger: number): number {
  let bits = isReportedDeed(sentence.tokens, trigger) ? ANCHOR.deed : 0;
  if (ownTimex) bits |= ANCHOR.timex;
  if (ownPlace) bits |= ANCHOR.place;
  const tokens = sentence.tokens;
  for (let i = 1; i < tokens.length; i++) {
    if (!DETERMINERS.has(tokens[i - 1]!.text.toLowerCase())) continue;
    // "the village", "the bombed village", "the small frontline town"
    for (let j = i; j < Math.min(tokens.length, i + 3); j++) {
      const w = tokens[j]!.text.toLowerCase();
      if (CONCRETE_NOUNS.has(w) && tokens[j]!.pos === 'NOUN') {
        bits |= ANCHOR.referent;
        break;
      }
      if (tokens[j]!.pos !== 'ADJ' && tokens[j]!.pos !== 'VERB') break;
    }
  }
  if (entities.some((e) => e.type === 'PERSON' && e.start >= sentence.start && e.end <= sentence.end)) bits |= ANCHOR.person;
  return bits;
}

/** Modalities of a deed told as done. */
const DONE = new Set(['asserted', 'claimed']);
/** Families whose acts a named doer ties to one happening. */
const ACTS_OF_STATE = new Set(['political', 'civil']);

/** Whether a draft reports a specific happening, by its anchors, its doer and its toll. */
export function isSpecific(d: Draft): boolean {
  if (d.fatalities || d.injuries) return true;
  const family = EVENT_TYPES[d.type].family;
  // An act of politics or of the state told as done, by a doer the sentence names ("the two ministers spoke by
  // phone", "the authorities have arrested a deputy minister"), is one happening though no time or place is
  // given; the decision weighs it. Fighting is left out: "the army has been shelling cities" is the war at large.
  if (ACTS_OF_STATE.has(family) && !d.weakTrigger && DONE.has(d.modality) && d.actors.some((a) => a.role === 'actor1')) return true;
  // A named person speaking, visiting or deciding is one happening; a named person near a battle word
  // ("Putin's war") is not.
  const anchors = family === 'political' && !d.weakTrigger ? d.anchors : d.anchors & ~ANCHOR.person;
  // What may happen is news only when tied to a time; what did not happen, to a time or a place. So is a
  // noun or an infinitive ("a decision", "to attack"), which names a kind of happening more often than one.
  if (d.modality === 'hypothetical') return (anchors & ANCHOR.timex) !== 0;
  if (d.modality === 'negated' || d.weakTrigger) return (anchors & (ANCHOR.timex | ANCHOR.place)) !== 0;
  return anchors !== 0;
}

/** Words that make a noun the occasion of what the sentence tells: "said during a visit to", "at a joint press conference", "after the talks". */
const SETTING_PREPOSITIONS = new Set(['during', 'at', 'after']);
const SETTING_FILLERS = new Set(['DET', 'ADJ', 'NUM', 'NOUN', 'PROPN']);

/**
 * Whether a noun trigger is the occasion of its sentence ("he said this at a joint press conference with the
 * prime minister", "said the senator during a visit to the country"): one happening the sentence places its
 * speech in, not a kind of happening talked about ("visits are planned", "a summit would help").
 */
export function isSetting(tokens: readonly Token[], first: number): boolean {
  for (let j = first - 1; j >= Math.max(0, first - 4); j--) {
    const w = tokens[j]!.text.toLowerCase();
    if (SETTING_PREPOSITIONS.has(w)) return true;
    // "on the sidelines of the summit"
    if (w === 'of' && tokens[j - 1]?.text.toLowerCase() === 'sidelines') return true;
    if (!SETTING_FILLERS.has(tokens[j]!.pos) && tokens[j]!.text !== '-') return false;
  }
  return false;
}
