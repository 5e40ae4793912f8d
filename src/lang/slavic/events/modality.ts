// How sure a Russian or Ukrainian sentence is of its event: "не" right before the trigger negates it; a plan or
// intention before it ("планують", "готовит", "будет") makes it planned; a condition, threat or possibility
// ("если", "якщо", "может", "угрожает") hypothetical.
import type { Modality } from '../../../events/types.js';
import type { SlavicLexicon } from './lexicon/types.js';
import { matches } from './stems.js';
import type { Word } from './words.js';

/** Words before a trigger a plan or possibility governs it from: "планирует нанести удар", "может атаковать". */
const BEFORE = 4;
const CONDITION = /^(?:если|якщо|коли б|когда бы)$/;

export function modalityAt(words: readonly Word[], at: number, lex: SlavicLexicon): Modality {
  if (matches(words[at - 1]?.norm ?? '', lex.cues.negation)) return 'negated';
  // "Зірвано мою зустріч": a meeting called off did not happen.
  if (words.slice(Math.max(0, at - 3), at).some((w) => matches(w.norm, lex.cues.cancelled))) return 'negated';
  const window = words.slice(Math.max(0, at - BEFORE), at);
  if (words.some((w) => CONDITION.test(w.norm)) || window.some((w) => matches(w.norm, lex.cues.hypothetical))) return 'hypothetical';
  if (window.some((w) => matches(w.norm, lex.cues.plan))) return 'planned';
  return 'asserted';
}

/** "Продолжает обстреливать", "продовжують наступ": ongoing action is the war, not one happening. */
export function isOngoing(words: readonly Word[], at: number, lex: SlavicLexicon): boolean {
  return words.slice(Math.max(0, at - BEFORE), at).some((w) => matches(w.norm, lex.cues.ongoing));
}
