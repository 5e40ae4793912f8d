// Gradient-boosted regression trees over the candidate's features, as trained by scripts/decision/boost.ts: the
// sum of every tree's leaf for a candidate is its log-odds of being an event. Trees read interactions that one
// logistic regression cannot (a short ACLED note and a long article need different rules for the same cue),
// and cross-validated they kept more real events at the same precision (README, "The learned event decision").
import { FEATURE_NAMES } from './features.js';

/**
 * One tree as a flat list of nodes, the root first: a split `[feature, threshold, left, right]` sends a candidate
 * whose feature is at most the threshold to node `left`, else to `right`; a leaf `[score]` adds its score.
 */
export type TreeNode = readonly [string, number, number, number] | readonly [number];

export interface BoostedTreesWeights {
  kind: 'boosted-trees';
  /** The log-odds before any tree: the share of events among the training candidates. */
  bias: number;
  trees: ReadonlyArray<readonly TreeNode[]>;
}

/** A tree compiled for evaluation: parallel arrays, the feature as its index in FEATURE_NAMES (-1 for a leaf). */
interface CompiledTree {
  feature: Int32Array;
  threshold: Float64Array;
  left: Int32Array;
  right: Int32Array;
  value: Float64Array;
}

function compile(nodes: readonly TreeNode[]): CompiledTree {
  const n = nodes.length;
  const t: CompiledTree = { feature: new Int32Array(n), threshold: new Float64Array(n), left: new Int32Array(n), right: new Int32Array(n), value: new Float64Array(n) };
  nodes.forEach((node, i) => {
    if (node.length === 1) {
      t.feature[i] = -1;
      t.value[i] = node[0];
      return;
    }
    const at = FEATURE_NAMES.indexOf(node[0]);
    // A feature no longer computed reads as zero, as the logistic regression's unknown features do.
    t.feature[i] = at >= 0 ? at : FEATURE_NAMES.length;
    t.threshold[i] = node[1];
    t.left[i] = node[2];
    t.right[i] = node[3];
  });
  return t;
}

export class BoostedTrees {
  private readonly trees: CompiledTree[];

  constructor(private readonly model: BoostedTreesWeights) {
    this.trees = model.trees.map(compile);
  }

  /** The log-odds: the bias plus each tree's leaf. */
  score(x: readonly number[]): number {
    let z = this.model.bias;
    for (const t of this.trees) {
      let i = 0;
      while (t.feature[i]! >= 0) i = (x[t.feature[i]!] ?? 0) <= t.threshold[i]! ? t.left[i]! : t.right[i]!;
      z += t.value[i]!;
    }
    return z;
  }

  probability(x: readonly number[]): number {
    return 1 / (1 + Math.exp(-this.score(x)));
  }

  /** The features some split reads. */
  features(): string[] {
    return [...new Set(this.model.trees.flatMap((t) => t.filter((n): n is readonly [string, number, number, number] => n.length === 4).map((n) => n[0])))];
  }
}

export function isBoostedTrees(w: unknown): w is BoostedTreesWeights {
  return typeof w === 'object' && w !== null && (w as { kind?: unknown }).kind === 'boosted-trees';
}
