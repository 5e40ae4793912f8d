// What the learned decision sees of one candidate event: the rules' own judgements (type, modality, anchors,
// the hand-set confidence), the words of its sentence that mark talk rather than report (modals, opinion,
// conditionals), and how much of the document is about armed conflict at all. One named number per feature,
// so that the weights file can be read and a feature added without retraining blind.
import type { AnnotatedDocument, Sentence } from '../../annotate/types.js';
import type { Draft } from '../draft.js';
import { ANCHOR, isSpecific } from '../specific.js';
import { EVENT_TYPES, type EventTypeId } from '../taxonomy.js';
import { RULES } from '../rules/index.js';
import { inClause } from './clause.js';

const MODALITIES = ['asserted', 'claimed', 'denied', 'negated', 'planned', 'hypothetical', 'historical'] as const;
const TYPES = Object.keys(EVENT_TYPES) as EventTypeId[];
const RULE_NAMES = [...new Set(RULES.map((r) => r.name))];

/** Word classes of the trigger's sentence, each a feature: how often each marks talk rather than a report is learned. */
const CUES: Record<string, ReadonlySet<string>> = {
  modal: new Set(['will', 'would', 'could', 'may', 'might', 'should', 'must', 'can', 'shall', "'ll", 'going']),
  conditional: new Set(['if', 'unless', 'whether', 'otherwise', 'case']),
  opinion: new Set(['think', 'thinks', 'believe', 'believes', 'argue', 'argues', 'argued', 'likely', 'possible', 'possibly', 'probably',
    'expect', 'expects', 'expected', 'fear', 'fears', 'feared', 'hope', 'hopes', 'seems', 'appears', 'suggests', 'perhaps', 'analyst', 'analysts', 'experts', 'opinion']),
  demand: new Set(['urge', 'urged', 'urges', 'demand', 'demanded', 'demands', 'call', 'called', 'calls', 'ask', 'asked', 'warn', 'warned', 'warns', 'threaten', 'threatened', 'threatens', 'insist', 'insisted']),
  negation: new Set(['not', 'no', 'never', "n't", 'nothing', 'neither', 'nor', 'without', 'refused', 'denied', 'rejected']),
  history: new Set(['history', 'historical', 'century', 'soviet', 'ussr', 'ww2', 'wwii', 'stalin', 'hitler', 'nazi', 'nazis', 'ancient', 'empire', 'cold']),
  firstPerson: new Set(['i', 'we', 'our', 'us', 'my', 'me']),
  speech: new Set(['said', 'says', 'told', 'according', 'stated', 'added', 'announced', 'reported', 'claimed', 'noted', 'wrote']),
  war: new Set(['war', 'invasion', 'conflict', 'aggression', 'military', 'troops', 'forces', 'army', 'front', 'frontline', 'missile', 'missiles', 'drone', 'drones', 'shelling', 'attack', 'attacks', 'killed', 'soldiers']),
};
const CUE_NAMES = Object.keys(CUES);

/**
 * Word classes that bear on the trigger only when they stand just before it: "will visit", "did not meet",
 * "plans to send", "if ... attacked" say more of this trigger than the same word elsewhere in a long sentence.
 */
const NEAR: Record<string, ReadonlySet<string>> = {
  modal: CUES.modal!,
  negation: new Set(['not', 'no', 'never', "n't", 'without', 'neither', 'nor']),
  plan: new Set(['plan', 'plans', 'planned', 'planning', 'intend', 'intends', 'intended', 'ready', 'prepared', 'preparing', 'set', 'expected', 'aim', 'aims', 'seek', 'seeks', 'sought', 'want', 'wants', 'wanted', 'try', 'tries', 'tried', 'attempt', 'attempts', 'able', 'unable']),
  possessive: new Set(["'s", '\u2019s', 'its', 'their', 'his', 'her', 'our', 'your']),
  article: new Set(['a', 'an']),
};
const NEAR_NAMES = Object.keys(NEAR);
/** Tokens before the trigger that the near cues look at. */
const NEAR_REACH = 3;
const FAMILIES = ['violence', 'territory', 'civil', 'political', 'disaster', 'other'] as const;
const REAL_MODALITIES = new Set(['asserted', 'claimed']);
const DAY_MS = 86400000;

/** Days from the event's date to the report time (negative when the date lies after it), or null when either is missing. */
function ageInDays(date: { value: string; start?: string } | null, reportTime: string | null): number | null {
  if (!date || !reportTime) return null;
  const from = startOf(date.start ?? date.value);
  const to = Date.parse(reportTime.slice(0, 10));
  return Number.isFinite(from) && Number.isFinite(to) ? (to - from) / DAY_MS : null;
}

/**
 * Words of armed conflict and of the politics around it, for what a whole document is about: a sports or
 * shopping page uses "attack" and "strike" too, but rarely many of these.
 */
const TOPIC_WORDS = new Set([...CUES.war!, 'army', 'armed', 'soldier', 'weapon', 'weapons', 'artillery', 'rocket', 'rockets', 'shelled',
  'invasion', 'invaded', 'occupied', 'occupation', 'ceasefire', 'truce', 'frontline', 'offensive', 'counteroffensive', 'airstrike', 'airstrikes',
  'casualties', 'wounded', 'civilians', 'refugees', 'militants', 'rebels', 'insurgents', 'terrorist', 'terrorists', 'sanctions', 'nato', 'kremlin',
  'pentagon', 'defence', 'defense', 'ministry', 'minister', 'president', 'government', 'parliament', 'embassy', 'ambassador', 'diplomatic',
  'diplomats', 'treaty', 'ukraine', 'ukrainian', 'ukrainians', 'russia', 'russian', 'russians', 'kyiv', 'kiev', 'moscow', 'putin', 'zelensky',
  'zelenskyy', 'donbas', 'crimea', 'kharkiv', 'donetsk', 'luhansk', 'kherson', 'zaporizhzhia', 'belarus', 'regime', 'sovereignty']);

/** Feature names, in the order of the vectors. */
export const FEATURE_NAMES: readonly string[] = [
  'weight', 'handConfidence', 'specific', 'fromTitle', 'sentenceIndex', 'sectionIsItem', 'dateQuality', 'placeQuality', 'mentions',
  'anchorTimex', 'anchorPlace', 'anchorReferent', 'anchorPerson', 'anchorDeed', 'weakTrigger', 'lastResort',
  'hasSource', 'hasActor1', 'hasTarget', 'fatalities', 'injuries', 'instruments', 'inQuote',
  'dateTimex', 'dateReport', 'dateYear', 'dateMonth', 'noDate', 'placeCountry', 'placeSettlement', 'noPlace', 'placeInUaRu',
  'triggerNoun', 'triggerVerb', 'triggerCapitalised', 'sentenceLength', 'question', 'sameSentenceCandidates',
  ...CUE_NAMES.map((c) => `cue:${c}`),
  'docWarDensity', 'docUaRuPlaces', 'docCandidates', 'docLength', 'docTopicWords', 'docTopicDensity', 'docOffTopicMass', 'typeRank',
  ...MODALITIES.map((m) => `modality:${m}`),
  ...TYPES.map((t) => `type:${t}`),
  ...RULE_NAMES.map((r) => `rule:${r}`),
  'listedPlace', 'laterInSentence', 'repeatsEarlier',
  'dateAge', 'dateOlderThanMonth', 'dateAfterReport',
  ...NEAR_NAMES.map((c) => `near:${c}`),
  'triggerPresent', 'triggerGerund', 'triggerPlural', 'namedDoer', 'triggerBareVerb',
  ...FAMILIES.flatMap((f) => [`real:${f}`, `unreal:${f}`]),
  'clauseNegation', 'infinitive', 'attemptInfinitive',
];

/** The document features the topic regression reads (see ./model.ts). */
export const TOPIC_FEATURES: readonly string[] = ['docTopicDensity', 'docOffTopicMass', 'docTopicWords', 'docLength', 'docUaRuPlaces', 'docWarDensity'];

/** What the whole document says about itself, computed once per document. */
export interface DocumentFeatures {
  /** Words of the document (log): a one-line note and a long article are judged apart. */
  length: number;
  /** Words of war and politics in the document (log): with its length, a long page that names none is off topic. */
  topicWords: number;
  /** Such words per 1,000 words, at most 100. */
  topicDensity: number;
  /**
   * Length that is off topic: the log length, damped as the topic density grows. A long page with few words of
   * war or politics scores high; a one-line caption (short) or an article of the war (dense) low.
   */
  offTopicMass: number;
  warDensity: number;
  uaRuPlaces: number;
  candidates: number;
}

export function documentFeatures(doc: AnnotatedDocument, candidates: number): DocumentFeatures {
  let words = 0;
  let war = 0;
  let uaRu = 0;
  let topic = 0;
  for (const s of doc.sections) {
    for (const sentence of s.sentences) {
      for (const t of sentence.tokens) {
        words++;
        const w = t.text.toLowerCase();
        if (CUES.war!.has(w)) war++;
        if (TOPIC_WORDS.has(w)) topic++;
      }
    }
    for (const p of s.places) if (p.place.country === 'UA' || p.place.country === 'RU') uaRu++;
  }
  const topicDensity = words ? Math.min(100, (1000 * topic) / words) : 0;
  return { length: Math.log1p(words), topicWords: Math.log1p(topic), topicDensity, offTopicMass: Math.log1p(words) * Math.exp(-topicDensity / 10), warDensity: words ? (1000 * war) / words : 0, uaRuPlaces: Math.log1p(uaRu), candidates: Math.log1p(candidates) };
}

function hasAny(words: ReadonlySet<string>, cue: ReadonlySet<string>): boolean {
  for (const w of cue) if (words.has(w)) return true;
  return false;
}

/** The candidate's feature vector, in FEATURE_NAMES order. */
/** Where a candidate stands among the document's others (./context.ts). */
export interface CandidateContext {
  /** Another candidate of its sentence, of its family and place, has a stronger trigger: most often one happening told twice. */
  laterInSentence: boolean;
  /** An earlier sentence already gave a candidate of its family at its place and on its date: a repeat or a follow-up. */
  repeatsEarlier: boolean;
}

export function candidateFeatures(d: Draft, sentence: Sentence | undefined, opts: { fromTitle: boolean; itemSection: boolean; handConfidence: number; sameSentence: number; doc: DocumentFeatures; context: CandidateContext; reportTime?: string | null }): number[] {
  const tokens = sentence?.tokens ?? [];
  const words = new Set(tokens.map((t) => t.text.toLowerCase()));
  const triggerAt = tokens.findIndex((t) => t.start === d.trigger.start);
  const trigger = triggerAt >= 0 ? tokens[triggerAt] : undefined;
  const before = triggerAt > 0 ? tokens.slice(Math.max(0, triggerAt - NEAR_REACH), triggerAt).map((t) => t.text.toLowerCase()) : [];
  const info = EVENT_TYPES[d.type];
  const b = (x: boolean) => (x ? 1 : 0);
  const place = d.location;
  const v = [
    d.weight, opts.handConfidence, b(isSpecific(d) || d.lastResort), b(opts.fromTitle), Math.log1p(d.sentence), b(opts.itemSection),
    d.dateQuality, d.placeQuality, Math.log(d.mentions),
    b(!!(d.anchors & ANCHOR.timex)), b(!!(d.anchors & ANCHOR.place)), b(!!(d.anchors & ANCHOR.referent)), b(!!(d.anchors & ANCHOR.person)), b(!!(d.anchors & ANCHOR.deed)),
    b(d.weakTrigger), b(d.lastResort),
    b(!!d.source), b(d.actors.some((a) => a.role === 'actor1')), b(d.actors.some((a) => a.role === 'target')), b(!!d.fatalities), b(!!d.injuries), b(d.instruments.length > 0), b(d.quotes.length > 0),
    b(d.date?.basis === 'timex'), b(d.date?.basis === 'report-time' || d.date?.basis === 'document'), b(d.date?.precision === 'year'), b(d.date?.precision === 'month'), b(!d.date),
    b(place?.kind === 'country'), b(place?.kind === 'settlement'), b(!place), b(place?.country === 'UA' || place?.country === 'RU'),
    b(trigger?.pos === 'NOUN'), b(isFiniteOrPastVerb(tokens, triggerAt)), b(/^[A-Z]/.test(d.trigger.text)), Math.log1p(tokens.length), b(words.has('?')), Math.log(Math.max(1, opts.sameSentence)),
    ...CUE_NAMES.map((c) => b(hasAny(words, CUES[c]!))),
    opts.doc.warDensity, opts.doc.uaRuPlaces, opts.doc.candidates, opts.doc.length, opts.doc.topicWords, opts.doc.topicDensity, opts.doc.offTopicMass, info.rank / 100,
    ...MODALITIES.map((m) => b(d.modality === m)),
    ...TYPES.map((t) => b(d.type === t)),
    ...RULE_NAMES.map((r) => b(d.rule === r)),
    b(d.listed !== undefined), b(opts.context.laterInSentence), b(opts.context.repeatsEarlier),
    ...ageFeatures(ageInDays(d.date, opts.reportTime ?? null)),
    ...NEAR_NAMES.map((c) => b(before.some((w) => NEAR[c]!.has(w)))),
    b(trigger?.pos === 'VERB' && /[^s]s$/.test(trigger.text)), b(/ing$/i.test(d.trigger.text)), b(trigger?.pos === 'NOUN' && /[^s]s$/i.test(trigger.text)), b(namedDoer(tokens, triggerAt)),
    // A verb in its bare form ("agree", "regain", "fight") is an infinitive or a present: a plan, a demand or a habit more often than a deed.
    b(trigger?.pos === 'VERB' && !/(?:ed|s|ing|en)$/i.test(trigger.text) && !(d.anchors & ANCHOR.deed)),
    ...FAMILIES.flatMap((f) => [b(info.family === f && REAL_MODALITIES.has(d.modality)), b(info.family === f && !REAL_MODALITIES.has(d.modality))]),
    // The sentence-wide negation cue above also fires on "no one was hurt" beside a strike; this one only in the trigger's clause.
    b(inClause(tokens, triggerAt, NEAR.negation!)),
    b(infinitiveAt(tokens, triggerAt)), b(infinitiveAt(tokens, triggerAt) && ATTEMPTS.has(wordBeforeTo(tokens, triggerAt))),
  ];
  return v;
}

/** The first day of a TIMEX3 date value (day, ISO week, month or year), as a time. */
function startOf(value: string): number {
  const week = /^(\d{4})-W(\d{2})/.exec(value);
  // The Monday of ISO week 1 lies within Jan 1-7; a day's precision is enough for an age in days.
  if (week) return Date.parse(`${week[1]}-01-04`) + (Number(week[2]) - 1) * 7 * DAY_MS;
  return Date.parse(value.slice(0, 10).padEnd(10, '-01'));
}

/** How old the event is when reported (log days), whether older than a month, whether dated after the report. */
function ageFeatures(age: number | null): number[] {
  if (age === null) return [0, 0, 0];
  return [Math.log1p(Math.max(0, age)), age > 31 ? 1 : 0, age < -1 ? 1 : 0];
}

/** Words before "to" that make its infinitive an attempt: made, but not achieved ("tried to storm the village"). */
const ATTEMPTS = new Set(['tried', 'try', 'tries', 'trying', 'attempted', 'attempt', 'attempts', 'attempting', 'sought', 'failed', 'effort', 'efforts']);

/** Whether the trigger is a verb right after "to": a plan, a purpose or an attempt more often than a deed. */
function infinitiveAt(tokens: readonly Sentence['tokens'][number][], at: number): boolean {
  return at > 0 && tokens[at]!.pos === 'VERB' && tokens[at - 1]!.text.toLowerCase() === 'to';
}

/** The word before the "to" of an infinitive trigger, adverbs skipped ("tried again to cross"). */
function wordBeforeTo(tokens: readonly Sentence['tokens'][number][], at: number): string {
  let k = at - 2;
  while (k >= 0 && tokens[k]!.pos === 'ADV') k--;
  return k >= 0 ? tokens[k]!.text.toLowerCase() : '';
}

/**
 * Whether the trigger is a verb: the tagger sometimes calls a past form between its doer and its object an
 * adjective ("the troops shelled the town", "Kyiv downed two drones").
 */
function isFiniteOrPastVerb(tokens: readonly Sentence['tokens'][number][], at: number): boolean {
  const t = tokens[at];
  if (!t) return false;
  if (t.pos === 'VERB') return true;
  if (t.pos !== 'ADJ' || !/ed$/i.test(t.text)) return false;
  let k = at - 1;
  while (k >= 0 && BETWEEN_DOER_AND_VERB.has(tokens[k]!.pos)) k--;
  const next = tokens[at + 1];
  return k >= 0 && SUBJECT_OF_VERB.has(tokens[k]!.pos) && !!next && OBJECT_OPENERS.has(next.pos);
}
const SUBJECT_OF_VERB = new Set(['PROPN', 'NOUN', 'PRON']);
const OBJECT_OPENERS = new Set(['DET', 'PROPN', 'NOUN', 'NUM']);

/** Parts of speech that may stand between a doer and its verb: "Moscow also summoned", "Lavrov and Blinken have spoken". */
const BETWEEN_DOER_AND_VERB = new Set(['ADV', 'AUX', 'PART']);

/** Whether the trigger is a verb whose subject, just before it, is a name: someone named did it. */
function namedDoer(tokens: readonly Sentence['tokens'][number][], at: number): boolean {
  if (at <= 0 || tokens[at]!.pos !== 'VERB') return false;
  let k = at - 1;
  while (k >= 0 && BETWEEN_DOER_AND_VERB.has(tokens[k]!.pos)) k--;
  return k >= 0 && tokens[k]!.pos === 'PROPN';
}
