// The boosted trees of the learned decision: the trainer (scripts/decision/boost.ts) learns an interaction that
// no single weight per feature can, and the evaluator (src/events/decision/trees.ts) reads the trees it writes.
import { describe, expect, it } from 'vitest';
import { fitBoostedTrees } from '../../scripts/decision/boost.js';
import { BoostedTrees, isBoostedTrees, type BoostedTreesWeights } from '../../src/events/decision/trees.js';
import { FEATURE_NAMES } from '../../src/events/decision/features.js';

const [A, B] = ['docLength', 'handConfidence'];

/** A feature vector in FEATURE_NAMES order with two features set. */
function vector(a: number, b: number): number[] {
  const x = new Array<number>(FEATURE_NAMES.length).fill(0);
  x[FEATURE_NAMES.indexOf(A!)] = a;
  x[FEATURE_NAMES.indexOf(B!)] = b;
  return x;
}

describe('boosted trees', () => {
  it('evaluate a hand-written tree: a split sends a value at most its threshold left', () => {
    const model: BoostedTreesWeights = { kind: 'boosted-trees', bias: 0, trees: [[[A!, 5, 1, 2], [-2], [3]]] };
    const trees = new BoostedTrees(model);
    expect(trees.score(vector(5, 0))).toBe(-2);
    expect(trees.score(vector(5.1, 0))).toBe(3);
    expect(trees.features()).toEqual([A]);
    expect(isBoostedTrees(model)).toBe(true);
    expect(isBoostedTrees({ features: {}, bias: 0 })).toBe(false);
  });

  it('learn an exclusive or, which one weight per feature cannot', () => {
    // An event when exactly one of the two is high: long documents with a low rule confidence, short ones with a high.
    const x: number[][] = [];
    const y: number[] = [];
    for (let i = 0; i < 400; i++) {
      const a = (i % 20) / 2;
      const b = Math.floor(i / 20) / 20;
      x.push(vector(a, b));
      y.push(a > 5 !== b > 0.5 ? 1 : 0);
    }
    const model = new BoostedTrees(fitBoostedTrees(x, y, FEATURE_NAMES, { rounds: 60, learningRate: 0.3, minLeaf: 5 }));
    expect(model.probability(vector(8, 0.1))).toBeGreaterThan(0.8);
    expect(model.probability(vector(2, 0.9))).toBeGreaterThan(0.8);
    expect(model.probability(vector(8, 0.9))).toBeLessThan(0.2);
    expect(model.probability(vector(2, 0.1))).toBeLessThan(0.2);
    // Only the two features that carry the signal are ever split on.
    expect(model.features().sort()).toEqual([A, B].sort());
  });

  it('a feature the trees name but the features no longer compute reads as zero', () => {
    const trees = new BoostedTrees({ kind: 'boosted-trees', bias: 0.5, trees: [[['noSuchFeature', 0.5, 1, 2], [1], [-1]]] });
    expect(trees.score(vector(1, 1))).toBe(1.5);
  });
});
