// The learned decision, in two models trained by `npm run train` (scripts/train-events.ts) and stored by feature
// name in ./weights.ts:
// - the topic: a logistic regression over the document features only, whether the document is about armed
//   conflict or the politics around it at all (a sports or shopping page is not);
// - the event: gradient-boosted trees (./trees.ts; a logistic regression in older weights), whether a candidate
//   of an on-topic document is an event an analyst would log.
// A candidate's probability is their product. Features the weights do not name count zero: a new feature has no
// effect until retraining.
import { FEATURE_NAMES, TOPIC_FEATURES } from './features.js';
import { BoostedTrees, isBoostedTrees, type BoostedTreesWeights } from './trees.js';
import { DECISION_WEIGHTS } from './weights.js';

export interface LogisticWeights {
  /** Per feature: [mean, standard deviation, weight] of the standardised input. */
  features: Record<string, readonly [number, number, number]>;
  bias: number;
}

export interface DecisionWeights {
  event: LogisticWeights | BoostedTreesWeights;
  topic: LogisticWeights;
  /** The default threshold: events below it are candidates, kept in the ledger but not shown by default. */
  threshold: number;
}

/** One logistic regression, laid out in FEATURE_NAMES order. */
export class Logistic {
  private readonly mean: Float64Array;
  private readonly scale: Float64Array;
  private readonly weight: Float64Array;

  constructor(private readonly model: LogisticWeights, names: readonly string[] = FEATURE_NAMES) {
    const n = FEATURE_NAMES.length;
    this.mean = new Float64Array(n);
    this.scale = new Float64Array(n);
    this.weight = new Float64Array(n);
    FEATURE_NAMES.forEach((name, i) => {
      const f = model.features[name];
      if (!f || !names.includes(name)) return;
      this.mean[i] = f[0];
      this.scale[i] = f[1] > 0 ? 1 / f[1] : 0;
      this.weight[i] = f[2];
    });
  }

  probability(x: readonly number[]): number {
    let z = this.model.bias;
    for (let i = 0; i < x.length; i++) z += this.weight[i]! * (x[i]! - this.mean[i]!) * this.scale[i]!;
    return 1 / (1 + Math.exp(-z));
  }
}

export class EventDecision {
  private readonly event: Logistic | BoostedTrees;
  private readonly topic: Logistic;

  constructor(readonly weights: DecisionWeights) {
    this.event = isBoostedTrees(weights.event) ? new BoostedTrees(weights.event) : new Logistic(weights.event);
    this.topic = new Logistic(weights.topic, TOPIC_FEATURES);
  }

  get threshold(): number {
    return this.weights.threshold;
  }

  /** The probability that the candidate is an event an analyst would log: its document on topic, and itself an event. */
  probability(x: readonly number[]): number {
    return this.topic.probability(x) * this.event.probability(x);
  }

  /** The probability that the candidate's document is about armed conflict or its politics (document features only). */
  topicProbability(x: readonly number[]): number {
    return this.topic.probability(x);
  }

  /** The probability that a candidate of an on-topic document is an event. */
  eventProbability(x: readonly number[]): number {
    return this.event.probability(x);
  }
}

/**
 * The one rule for showing a candidate: a document the topic regression puts off topic (below one half, its
 * decision boundary) shows none, whatever its candidates score; else a candidate at or above the threshold shows.
 */
export function keeps(probability: number, topic: number, threshold: number): boolean {
  return topic >= TOPIC_BOUNDARY && probability >= threshold;
}

export const TOPIC_BOUNDARY = 0.5;

export const EVENT_DECISION = new EventDecision(DECISION_WEIGHTS);
