// Whether the text says the event happened: negated ("will not withdraw"), denied, hypothetical ("either
// withdraw or ..."), planned ("plans to"), or simply reported. Cues are words in a short window before the
// trigger, inside its clause; each cue list is data.
import type { Token } from '../../annotate/types.js';
import type { Modality } from '../types.js';

const NEGATION = new Set(['not', "n't", 'never', 'no', 'neither', 'nor', 'refused', 'refuse', 'refuses', 'failed', 'fail', 'fails', 'without', 'absence', 'lack', 'instead']);
const DENIAL = new Set(['denied', 'denies', 'deny', 'refuted', 'refutes', 'rejected', 'dismissed']);
const HYPOTHETICAL = new Set(['if', 'could', 'might', 'may', 'would', 'whether', 'either', 'can', 'possible', 'possibly', 'unless', 'should']);
const PLANNED = new Set(['will', "'ll", 'shall', 'plan', 'plans', 'planned', 'planning', 'intend', 'intends', 'intended', 'threaten', 'threatens', 'threatened', 'vowed', 'vow', 'vows', 'prepare', 'prepares', 'preparing', 'going', 'ordered', 'order', 'aims', 'aim', 'expected', 'expects', 'want', 'wants', 'ready', 'attempt', 'attempted', 'attempting', 'attempts', 'trying', 'tried', 'try', 'tasked', 'task', 'seek', 'seeks', 'sought', 'goal', 'objective', 'intention', 'scheduled', 'due']);
const BE_FUTURE = new Set(['is', 'are', 'was', 'were', "'s", "'re"]);
const CLAUSE_BREAK = new Set([',', ';', ':', 'that', 'which', 'who', 'but', 'and', 'while', 'after', 'before', 'when', '\u201c', '\u201d', '"']);
const WINDOW = 6;

export interface ModalityCue {
  modality: Modality;
  /** Token index of the cue word. */
  at: number;
}

/** The modality the words before the trigger at `i` give it, or 'asserted'. */
export function modalityAt(tokens: readonly Token[], i: number): ModalityCue {
  let negated = -1;
  let hypothetical = -1;
  let planned = -1;
  for (let j = i - 1; j >= Math.max(0, i - WINDOW); j--) {
    const w = tokens[j]!.text.toLowerCase();
    if (CLAUSE_BREAK.has(w) && !(w === 'and' && negated >= 0)) break;
    if (NEGATION.has(w) && negated < 0) negated = j;
    if (HYPOTHETICAL.has(w) && hypothetical < 0) hypothetical = j;
    if (PLANNED.has(w) && planned < 0) planned = j;
    // "is to visit", "are to withdraw": an arrangement for the future.
    if (w === 'to' && planned < 0 && BE_FUTURE.has(tokens[j - 1]?.text.toLowerCase() ?? '')) planned = j;
  }
  for (let j = 0; j < i; j++) if (DENIAL.has(tokens[j]!.text.toLowerCase())) return { modality: 'denied', at: j };
  if (negated >= 0) return { modality: 'negated', at: negated };
  if (hypothetical >= 0) return { modality: 'hypothetical', at: hypothetical };
  if (planned >= 0) return { modality: 'planned', at: planned };
  return { modality: 'asserted', at: -1 };
}

/** Events dated this many days before the report are historical background, not news. */
export const HISTORICAL_DAYS = 30;

export function isHistorical(lastDay: string, reportTime: string | null): boolean {
  if (!reportTime || !/^\d{4}-\d{2}-\d{2}$/.test(lastDay)) return false;
  const gap = (Date.parse(reportTime.slice(0, 10)) - Date.parse(lastDay)) / 86400000;
  return gap > HISTORICAL_DAYS;
}
