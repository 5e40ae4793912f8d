// The learned decision: a logistic regression over each candidate's features (./features.ts), trained by
// `npm run train` (scripts/train-events.ts, with ml-logistic-regression) on the hand-coded news and ISW events,
// and stored as weights by feature name in ./weights.ts. Applying it is a dot product, so the library is needed
// only to train. Features the weights do not name count zero: a new feature has no effect until retraining.
import { FEATURE_NAMES } from './features.js';
import { DECISION_WEIGHTS } from './weights.js';

export interface DecisionWeights {
  /** Per feature: [mean, standard deviation, weight] of the standardised input. */
  features: Record<string, readonly [number, number, number]>;
  bias: number;
  /** The default threshold: events below it are candidates, kept in the ledger but not shown by default. */
  threshold: number;
}

/** A compiled model: the weights laid out in FEATURE_NAMES order. */
export class EventDecision {
  private readonly mean: Float64Array;
  private readonly scale: Float64Array;
  private readonly weight: Float64Array;

  constructor(private readonly model: DecisionWeights) {
    const n = FEATURE_NAMES.length;
    this.mean = new Float64Array(n);
    this.scale = new Float64Array(n);
    this.weight = new Float64Array(n);
    FEATURE_NAMES.forEach((name, i) => {
      const f = model.features[name];
      if (!f) return;
      this.mean[i] = f[0];
      this.scale[i] = f[1] > 0 ? 1 / f[1] : 0;
      this.weight[i] = f[2];
    });
  }

  get threshold(): number {
    return this.model.threshold;
  }

  /** The probability that the candidate is an event an analyst would log. */
  probability(x: readonly number[]): number {
    let z = this.model.bias;
    for (let i = 0; i < x.length; i++) z += this.weight[i]! * (x[i]! - this.mean[i]!) * this.scale[i]!;
    return 1 / (1 + Math.exp(-z));
  }
}

export const EVENT_DECISION = new EventDecision(DECISION_WEIGHTS);
