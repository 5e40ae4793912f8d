// What a single word can start, as bit flags cached per word form: a sentence whose words raise no flag
// for a step skips that step (most sentences of an article hold no trigger, no speech verb, no toll).
import { inflections } from './lemma.js';
import { RULE_INDEX } from '../rules/index.js';
import { SPEECH_WORDS, VERIFICATION_WORDS } from '../args/attribution.js';
import { DEATH, INJURY, KILL_CLAIM } from './casualty-words.js';

export const TRIGGER = 1;
export const SPEECH = 2;
export const VERIFY = 4;
export const CASUALTY = 8;
/** A white-space token: the sentence needs trimming. */
export const BLANK = 16;

const TRIGGER_FORMS = new Set([...RULE_INDEX.keys()].flatMap(inflections));
const CASUALTY_FORMS = new Set([...DEATH, ...INJURY, ...KILL_CLAIM].flatMap(inflections));
const cache = new Map<string, number>();

export function wordFlags(word: string): number {
  let f = cache.get(word);
  if (f !== undefined) return f;
  f = word.length === 0 || word.trim() === '' ? BLANK : 0;
  const low = word.toLowerCase().replace(/\u2019/g, "'");
  if (TRIGGER_FORMS.has(low)) f |= TRIGGER;
  if (SPEECH_WORDS.has(low)) f |= SPEECH;
  if (VERIFICATION_WORDS.has(low)) f |= VERIFY;
  if (low === 'no' || low === 'without' || CASUALTY_FORMS.has(low)) f |= CASUALTY;
  if (cache.size > 50_000) cache.clear();
  cache.set(word, f);
  return f;
}

/** The flags of a whole sentence. */
export function sentenceFlags(tokens: ReadonlyArray<{ text: string }>): number {
  let f = 0;
  for (const t of tokens) f |= wordFlags(t.text);
  return f;
}
