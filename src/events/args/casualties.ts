// Deaths and injuries a sentence reports, as low/best/high, coded conservatively as ACLED does: "at least
// four dead" is 4, "dozens" 12, "no casualties" 0, a plural with no number is at least 2 with no best guess.
import type { Token } from '../../annotate/types.js';
import type { Fatalities } from '../types.js';
import { lemmaCandidates } from '../lexicon/lemma.js';

export interface CasualtyStatement {
  kind: 'dead' | 'injured';
  count: Fatalities;
  /** Token index of the death or injury word. */
  at: number;
}

import { DEATH, INJURY, KILL_CLAIM } from '../lexicon/casualty-words.js';
import { CASUALTY, wordFlags } from '../lexicon/word-flags.js';
const NONE_WORDS = new Set(['casualty', 'casualties', 'fatalities', 'deaths', 'victims', 'injuries', 'dead', 'one']);
const BE = new Set(['was', 'were', 'been', 'be', 'is', 'are', 'being', 'have', 'has', 'had', 'got', 'reportedly', 'also', 'later', 'seriously', 'fatally', 'critically', 'slightly', 'severely', 'mortally']);

const NUMBER_WORDS: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11,
  twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90, hundred: 100,
};
/** Vague quantities, coded as ACLED does (the low and best it would record, and a high bound). */
const VAGUE: Record<string, Fatalities> = {
  several: { low: 3, best: 3, high: 9 }, few: { low: 2, best: 3, high: 5 }, dozens: { low: 24, best: 12, high: 99 },
  dozen: { low: 12, best: 12, high: 12 }, scores: { low: 20, best: 20, high: 99 }, hundreds: { low: 100, best: 100, high: 999 },
  many: { low: 2, best: 10, high: null }, numerous: { low: 2, best: 10, high: null },
  double: { low: 2, best: 2, high: 2 }, triple: { low: 3, best: 3, high: 3 },
};
/** Pronouns that stand for one person. */
const ONE_PERSON = new Set(['he', 'she', 'him', 'her']);
const SINGULAR = new Set(['a', 'an', 'another', 'the', 'one', 'his', 'her']);
const PERSON_NOUNS = new Set([
  'civilian', 'civilians', 'person', 'people', 'man', 'men', 'woman', 'women', 'child', 'children', 'boy', 'girl',
  'soldier', 'soldiers', 'serviceman', 'servicemen', 'resident', 'residents', 'victim', 'victims', 'driver', 'rebel',
  'rebels', 'fighter', 'fighters', 'officer', 'officers', 'policeman', 'member', 'members', 'worker', 'workers',
  'teenager', 'infant', 'baby', 'volunteer', 'journalist', 'head', 'couple', 'resident', 'guard', 'pensioner',
  'servicemember', 'servicemembers', 'troops', 'militants', 'mercenaries', 'personnel', 'occupiers', 'invaders',
]);
/**
 * Words that open a toll's count after an active verb: "killing at least one", "killed more than 20",
 * "killed up to 12", "killed nearly 40".
 */
const COUNT_OPENERS = new Set(['at', 'least', 'more', 'than', 'over', 'up', 'to', 'nearly', 'almost', 'about', 'around', 'some', 'roughly', 'approximately']);

function numberOf(t: Token | undefined, next: Token | undefined): number | null {
  if (!t) return null;
  const w = t.text.toLowerCase().replace(/,/g, '');
  // "53-year-old": an age, not a count.
  if (next && (next.text === '-' || /^-?year/i.test(next.text))) return null;
  if (/^\d+$/.test(w)) return Number(w);
  if (/^\d+-year/.test(w)) return null;
  return NUMBER_WORDS[w] ?? null;
}

function isDeathLemma(text: string, set: ReadonlySet<string>): boolean {
  return lemmaCandidates(text).some((c) => set.has(c));
}

/** Counts people in tokens [from, to): numbers are summed ("one soldier and three rebels"). */
function countIn(tokens: readonly Token[], from: number, to: number): Fatalities | null {
  let sum = 0;
  let found = false;
  let vague: Fatalities | null = null;
  let singular = false;
  let plural = false;
  let lowMod = false;
  let highMod = false;
  for (let i = from; i < to; i++) {
    const w = tokens[i]!.text.toLowerCase();
    const n = numberOf(tokens[i], tokens[i + 1]);
    if (n !== null) {
      sum += n;
      found = true;
      continue;
    }
    if (VAGUE[w]) vague = VAGUE[w]!;
    if (SINGULAR.has(w)) singular = true;
    if (PERSON_NOUNS.has(w) && w.endsWith('s') || w === 'people' || w === 'children' || w === 'men' || w === 'women') plural = true;
    if (w === 'least' || w === 'more' || w === 'over') lowMod = true;
    if (w === 'up' || w === 'nearly' || w === 'almost') highMod = true;
  }
  if (found) return { low: highMod ? null : sum, best: sum, high: lowMod ? null : highMod ? sum : sum };
  if (vague) return { ...vague };
  if (plural) return { low: 2, best: null, high: null };
  const persons = namedPersons(tokens, from, to);
  if (persons > 1) return { low: persons, best: persons, high: persons };
  if (singular || persons === 1) return { low: 1, best: 1, high: 1 };
  return null;
}

/**
 * People named one by one: "Corporal Ivan Petrenko", "he", "a prosecutor and his deputy" (two). Each part of
 * the phrase between "and"s that holds a name, a pronoun for one person or a singular determiner is one person.
 */
function namedPersons(tokens: readonly Token[], from: number, to: number): number {
  let persons = 0;
  let part = false;
  let owned = false;
  for (let i = from; i <= to; i++) {
    const t = tokens[i];
    if (i === to || t!.text.toLowerCase() === 'and') {
      // "Russia's invasion of Ukraine" names no person: a phrase with "of" or a possessive is a thing.
      if (part && !owned) persons++;
      part = false;
      owned = false;
      continue;
    }
    const w = t!.text.toLowerCase();
    if (w === 'of' || w === "'s" || w === '\u2019s') owned = true;
    if (t!.pos === 'PROPN' || ONE_PERSON.has(w) || SINGULAR.has(w)) part = true;
  }
  return persons;
}

/** The end of the object after an active death verb at `at`: a few words, over "at least" and "more than". */
function objectEnd(tokens: readonly Token[], at: number): number {
  let end = at + 1;
  while (end < tokens.length && COUNT_OPENERS.has(tokens[end]!.text.toLowerCase())) end++;
  while (end < tokens.length && end - at < 6 && tokens[end]!.pos !== 'PUNCT' && tokens[end]!.pos !== 'ADP' && tokens[end]!.pos !== 'VERB') end++;
  return end;
}

/** "Eliminated 40 servicemembers": a count of people after the verb, and only of people. */
function claimedKills(tokens: readonly Token[], at: number): Fatalities | null {
  const end = objectEnd(tokens, at);
  for (let k = at + 1; k < end; k++) {
    if (!PERSON_NOUNS.has(tokens[k]!.text.toLowerCase())) continue;
    // Only the people are counted: "two tanks and 15 soldiers" is 15.
    let from = k;
    while (from > at + 1 && !['and', ','].includes(tokens[from - 1]!.text.toLowerCase())) from--;
    const count = countIn(tokens, from, k + 1);
    return count && count.best !== null ? count : null;
  }
  return null;
}

/** The clause subject to the left of a death word, stepping over "was", "were reportedly" ... */
function subjectSpan(tokens: readonly Token[], at: number): [number, number] {
  let j = at - 1;
  while (j >= 0 && BE.has(tokens[j]!.text.toLowerCase())) j--;
  const end = j + 1;
  while (j >= 0) {
    const t = tokens[j]!;
    const w = t.text.toLowerCase();
    if (t.pos === 'PUNCT' && w !== '-') break;
    if (w === 'and' && j > 0 && tokens[j - 1]!.pos === 'VERB') break;
    if (t.pos === 'VERB' || t.pos === 'ADP' && w !== 'of' && w !== 'than' || w === 'when' || w === 'as') {
      if (w !== 'least' && w !== 'at' && w !== 'than' && w !== 'to' && w !== 'up') break;
    }
    j--;
  }
  return [j + 1, end];
}

export function findCasualties(tokens: readonly Token[]): CasualtyStatement[] {
  const found: CasualtyStatement[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (!(wordFlags(t.text) & CASUALTY)) continue;
    const w = t.text.toLowerCase();
    // "no casualties", "no one was killed", "without casualties"
    if ((w === 'no' || w === 'without') && NONE_WORDS.has(tokens[i + 1]?.text.toLowerCase() ?? '')) {
      const zero = { low: 0, best: 0, high: 0 };
      const next = tokens[i + 1]!.text.toLowerCase();
      if (next !== 'injuries') found.push({ kind: 'dead', count: zero, at: i });
      if (next !== 'fatalities' && next !== 'deaths' && next !== 'dead') found.push({ kind: 'injured', count: zero, at: i });
      i++;
      continue;
    }
    const claim = isDeathLemma(t.text, KILL_CLAIM);
    const dead = claim || isDeathLemma(t.text, DEATH);
    const hurt = !dead && isDeathLemma(t.text, INJURY);
    if (!dead && !hurt) continue;
    if (claim) {
      const count = claimedKills(tokens, i);
      if (count) found.push({ kind: 'dead', count, at: i });
      continue;
    }
    if (w === 'killer' || w === 'deadline' || w === 'deadly') continue;
    const kind = dead ? 'dead' : 'injured';
    const prev = tokens[i - 1]?.text.toLowerCase() ?? '';
    const passive = BE.has(prev) || t.pos !== 'VERB' || /(ed|en|ured)$/.test(w) && prev !== '' && (tokens[i - 1]!.pos === 'NOUN' || tokens[i - 1]!.pos === 'NUM');
    // Active "killing 2 civilians", "killed a resident", "killing at least one": the count follows.
    const next = tokens[i + 1];
    if (t.pos === 'VERB' && !BE.has(prev) && (w.endsWith('ing') || next?.pos === 'DET' || next?.pos === 'NUM' || COUNT_OPENERS.has(next?.text.toLowerCase() ?? ''))) {
      const end = objectEnd(tokens, i);
      const count = countIn(tokens, i + 1, end);
      if (count) {
        found.push({ kind, count, at: i });
        continue;
      }
    }
    if (!passive && t.pos === 'VERB' && !['died', 'drowned', 'perished', 'dies'].includes(w)) continue;
    const [from, to] = subjectSpan(tokens, i);
    // "fatalities: 4", "the dead numbered", "4 dead": the number may sit right before a noun form too.
    const count = countIn(tokens, from, to);
    if (count) found.push({ kind, count, at: i });
  }
  return found;
}

/** The larger of two counts, field by field where both are known: several mentions of one toll. */
export function combineCounts(a: Fatalities | null, b: Fatalities): Fatalities {
  if (!a) return { ...b };
  return {
    low: Math.max(a.low ?? 0, b.low ?? 0) || (a.low ?? b.low),
    best: a.best === null ? b.best : b.best === null ? a.best : Math.max(a.best, b.best),
    high: a.high === null || b.high === null ? null : Math.max(a.high, b.high),
  };
}
