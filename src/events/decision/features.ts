// What the learned decision sees of one candidate event: the rules' own judgements (type, modality, anchors,
// the hand-set confidence), the words of its sentence that mark talk rather than report (modals, opinion,
// conditionals), and how much of the document is about armed conflict at all. One named number per feature,
// so that the weights file can be read and a feature added without retraining blind.
import type { AnnotatedDocument, Sentence } from '../../annotate/types.js';
import type { Draft } from '../draft.js';
import { ANCHOR, isSpecific } from '../specific.js';
import { EVENT_TYPES, type EventTypeId } from '../taxonomy.js';
import { RULES } from '../rules/index.js';

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

export function candidateFeatures(d: Draft, sentence: Sentence | undefined, opts: { fromTitle: boolean; itemSection: boolean; handConfidence: number; sameSentence: number; doc: DocumentFeatures; context: CandidateContext }): number[] {
  const tokens = sentence?.tokens ?? [];
  const words = new Set(tokens.map((t) => t.text.toLowerCase()));
  const trigger = tokens.find((t) => t.start === d.trigger.start);
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
    b(trigger?.pos === 'NOUN'), b(trigger?.pos === 'VERB'), b(/^[A-Z]/.test(d.trigger.text)), Math.log1p(tokens.length), b(words.has('?')), Math.log(Math.max(1, opts.sameSentence)),
    ...CUE_NAMES.map((c) => b(hasAny(words, CUES[c]!))),
    opts.doc.warDensity, opts.doc.uaRuPlaces, opts.doc.candidates, opts.doc.length, opts.doc.topicWords, opts.doc.topicDensity, opts.doc.offTopicMass, info.rank / 100,
    ...MODALITIES.map((m) => b(d.modality === m)),
    ...TYPES.map((t) => b(d.type === t)),
    ...RULE_NAMES.map((r) => b(d.rule === r)),
    b(d.listed !== undefined), b(opts.context.laterInSentence), b(opts.context.repeatsEarlier),
  ];
  return v;
}
