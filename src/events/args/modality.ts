// Whether the text says the event happened: negated ("will not withdraw"), denied, hypothetical ("either
// withdraw or ..."), planned ("plans to"), or simply reported. Cues are words in a short window before the
// trigger, inside its clause; each cue list is data.
import type { Token } from '../../annotate/types.js';
import type { Modality } from '../types.js';

const NEGATION = new Set(['not', "n't", 'never', 'no', 'neither', 'nor', 'refused', 'refuse', 'refuses', 'failed', 'fail', 'fails', 'without', 'absence', 'lack', 'instead']);
const DENIAL = new Set(['denied', 'denies', 'deny', 'refuted', 'refutes', 'rejected', 'dismissed']);
const HYPOTHETICAL = new Set(['if', 'could', 'might', 'may', 'would', 'whether', 'either', 'can', 'possible', 'possibly', 'unless', 'should', 'perhaps', 'potential', 'potentially', 'impending', 'imminent', 'anticipated', 'looming', 'allow', 'allows', 'allowed', 'allowing', 'enable', 'enables', 'enabled', 'enabling', 'risk', 'danger', 'prospect', 'fear', 'fears', 'feared', 'speculation', 'accusations', 'unlikely', 'hypothetical']);
/** Verbs whose "that" clause is an assessment, not a report. */
const ASSESSING = new Set(['assess', 'assesses', 'assessed', 'believe', 'believes', 'believed', 'suspect', 'suspects', 'suspected', 'suggests', 'suggested', 'indicates', 'estimates', 'estimated']);
/** Verbs whose "that" clause is an expectation or a fear. */
const EXPECTING = new Set(['anticipate', 'anticipates', 'anticipated', 'expect', 'expects', 'think', 'thinks', 'doubt', 'doubts', 'hope', 'hopes', 'fear', 'fears', 'feared', 'predict', 'predicts', 'predicted']);
/** Hedges on a report of something past: it is said or assessed to have happened, not asserted. */
const HEDGE = new Set(['blamed', 'blames', 'accused', 'accuses', 'accusing', 'reportedly', 'allegedly', 'purportedly', 'supposedly', 'apparently', 'alleged', 'assess', 'assesses', 'assessed', 'likely', 'probably', 'presumably']);
// Not "attempted", "tried", "trying": an attempted assault was made, and the codebook (as ACLED) codes it.
const PLANNED = new Set(['will', "'ll", 'shall', 'plan', 'plans', 'planned', 'planning', 'intend', 'intends', 'intended', 'threaten', 'threatens', 'threatened', 'vowed', 'vow', 'vows', 'prepare', 'prepares', 'preparing', 'going', 'ordered', 'order', 'aims', 'aim', 'expected', 'expects', 'want', 'wants', 'ready', 'try', 'tasked', 'task', 'seek', 'seeks', 'sought', 'goal', 'objective', 'intention', 'scheduled', 'due']);
/** Verbs of asking someone to act ("call" only as "call on"). */
const DEMAND = new Set(['urged', 'urge', 'urges', 'urging', 'demanded', 'demand', 'demands', 'demanding', 'called', 'calls', 'call', 'asked', 'asks', 'pressed', 'appealed', 'appeals']);
const BE_FUTURE = new Set(['is', 'are', 'was', 'were', "'s", "'re"]);
const CLAUSE_BREAK = new Set([',', ';', ':', 'that', 'which', 'who', 'but', 'and', 'while', 'after', 'before', 'when', '\u201c', '\u201d', '"']);
const WINDOW = 6;

export interface ModalityCue {
  modality: Modality;
  /** Token index of the cue word. */
  at: number;
}

/** Sentence openings that make the whole sentence a condition and its consequence: "If ...", "In the event of ...". */
const CONDITION_OPENINGS: ReadonlyArray<readonly string[]> = [['if'], ['unless'], ['in', 'the', 'event'], ['in', 'case'], ['should']];

/** Words a sentence may open with before its condition: "However, if ...", "But if ...". */
const LEAD_INS = new Set(['however', 'but', 'and', 'so', 'yet', 'still', 'even', ',', '"', '\u201c', '-', '\u2014']);

function opensWithCondition(tokens: readonly Token[]): boolean {
  let k = 0;
  while (k < tokens.length && LEAD_INS.has(tokens[k]!.text.toLowerCase())) k++;
  return CONDITION_OPENINGS.some((words) => words.every((w, n) => tokens[k + n]?.text.toLowerCase() === w));
}

/** Tags a noun trigger may carry (the tagger often calls "offensive" an adjective). */
const NOMINAL = new Set(['NOUN', 'ADJ', 'PROPN']);
const MODALS_AFTER: Record<string, Modality> = { can: 'hypothetical', could: 'hypothetical', would: 'hypothetical', might: 'hypothetical', may: 'hypothetical', should: 'hypothetical', will: 'planned' };

/**
 * A noun trigger that is the subject of a modal: "An attack from the north could cut the road". The modal
 * must come before any other verb of the clause.
 */
function modalAfterSubject(tokens: readonly Token[], last: number): ModalityCue | null {
  for (let j = last; j < Math.min(tokens.length, last + WINDOW + 2); j++) {
    const w = tokens[j]!.text.toLowerCase();
    const modal = MODALS_AFTER[w];
    if (modal) return { modality: modal, at: j };
    if (CLAUSE_BREAK.has(w) || tokens[j]!.pos === 'VERB' || tokens[j]!.pos === 'AUX') return null;
  }
  return null;
}

/** The modality the words around the trigger at `i` (its phrase ending before `last`) give it, or 'asserted'. */
export function modalityAt(tokens: readonly Token[], i: number, last = i + 1): ModalityCue {
  const cue = modalityBefore(tokens, i);
  if (cue.modality !== 'asserted' || !NOMINAL.has(tokens[i]!.pos)) return cue;
  return modalAfterSubject(tokens, last) ?? cue;
}

function modalityBefore(tokens: readonly Token[], i: number): ModalityCue {
  let negated = -1;
  let hypothetical = -1;
  let planned = -1;
  let hedged = -1;
  for (let j = i - 1; j >= Math.max(0, i - WINDOW); j--) {
    const w = tokens[j]!.text.toLowerCase();
    if (CLAUSE_BREAK.has(w) && !(w === 'and' && negated >= 0)) {
      // "ISW assesses that ...", "officials believe that ...": the clause is an assessment.
      if (w === 'that' && hedged < 0 && ASSESSING.has(tokens[j - 1]?.text.toLowerCase() ?? '')) hedged = j - 1;
      // "We do not anticipate that the army regained ...", "fears that ...": an expectation, not a report.
      if (w === 'that' && hypothetical < 0 && EXPECTING.has(tokens[j - 1]?.text.toLowerCase() ?? '')) hypothetical = j - 1;
      break;
    }
    // "not only shelled ... but also": no negation.
    if (NEGATION.has(w) && negated < 0 && !(w === 'not' && tokens[j + 1]?.text.toLowerCase() === 'only')) negated = j;
    if (HEDGE.has(w) && hedged < 0) {
      // "likely to attack" looks ahead; "likely attacked" hedges a past report.
      if (tokens[j + 1]?.text.toLowerCase() === 'to' && hypothetical < 0) hypothetical = j;
      else hedged = j;
    }
    if (HYPOTHETICAL.has(w) && hypothetical < 0) hypothetical = j;
    if (PLANNED.has(w) && planned < 0) planned = j;
    // "called on Russia to withdraw", "urged them to leave": a demand, not a report.
    if (DEMAND.has(w) && planned < 0 && (w !== 'called' && w !== 'calls' && w !== 'call' || ['on', 'upon'].includes(tokens[j + 1]?.text.toLowerCase() ?? ''))) planned = j;
    // "is to visit", "are to withdraw": an arrangement for the future.
    if (w === 'to' && planned < 0 && BE_FUTURE.has(tokens[j - 1]?.text.toLowerCase() ?? '')) planned = j;
  }
  if (hypothetical < 0 && opensWithCondition(tokens)) hypothetical = 0;
  for (let j = 0; j < i; j++) if (DENIAL.has(tokens[j]!.text.toLowerCase())) return { modality: 'denied', at: j };
  if (negated >= 0) return { modality: 'negated', at: negated };
  if (hypothetical >= 0) return { modality: 'hypothetical', at: hypothetical };
  if (planned >= 0) return { modality: 'planned', at: planned };
  if (hedged >= 0) return { modality: 'claimed', at: hedged };
  return { modality: 'asserted', at: -1 };
}

/** Words that set a past deed in an earlier era: "in World War Two", "the USSR deployed". */
const ERA_WORDS = new Set(['ussr', 'stalin', 'hitler', 'wwii', 'ww2', 'nazis', 'wehrmacht', 'tsarist', 'napoleon']);
const WORLD_WAR = /^(world|cold)$/;

/** Whether the sentence places what it tells in an earlier era. */
export function namesEarlierEra(tokens: readonly Token[]): boolean {
  for (let i = 0; i < tokens.length; i++) {
    const w = tokens[i]!.text.toLowerCase();
    if (ERA_WORDS.has(w)) return true;
    if (WORLD_WAR.test(w) && tokens[i + 1]?.text.toLowerCase() === 'war') return true;
  }
  return false;
}

/** Events dated this many days before the report are historical background, not news. */
export const HISTORICAL_DAYS = 30;

/** Whether a date lies after the report: an event announced for later is planned, not reported. */
export function isFuture(firstDay: string, reportTime: string | null): boolean {
  if (!reportTime || !/^\d{4}-\d{2}-\d{2}$/.test(firstDay)) return false;
  return Date.parse(firstDay) > Date.parse(reportTime.slice(0, 10));
}

export function isHistorical(lastDay: string, reportTime: string | null): boolean {
  if (!reportTime || !/^\d{4}-\d{2}-\d{2}$/.test(lastDay)) return false;
  const gap = (Date.parse(reportTime.slice(0, 10)) - Date.parse(lastDay)) / 86400000;
  return gap > HISTORICAL_DAYS;
}
