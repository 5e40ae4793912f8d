// Gradient boosting of regression trees for the log loss (Newton steps, as LightGBM and scikit-learn's
// HistGradientBoostingClassifier do): each round fits one tree to the gradient and curvature of the loss of the
// rounds before, grown leaf by leaf (always splitting the leaf whose split gains most) over binned feature
// values. No JavaScript library does this: ml-cart grows regression trees depth-first on squared error, without
// the curvature or leaf-wise growth, and ml-xgboost is an unmaintained WebAssembly build. The model it writes is
// read by src/events/decision/trees.ts.
import type { BoostedTreesWeights, TreeNode } from '../../src/events/decision/trees.js';

export interface BoostOptions {
  rounds: number;
  learningRate: number;
  /** Leaves per tree. */
  maxLeaves: number;
  /** Candidates every leaf must hold. */
  minLeaf: number;
  /** The L2 penalty on leaf scores. */
  l2: number;
  /** Thresholds tried per feature, at most. */
  bins: number;
}

/** Chosen by cross-validation by document on the dev corpora (README, "The learned event decision"). */
export const BOOST_DEFAULTS: BoostOptions = { rounds: 200, learningRate: 0.05, maxLeaves: 15, minLeaf: 20, l2: 1, bins: 64 };

/** A feature's thresholds, midway between neighbouring values (at most `bins`, at quantiles), and each sample's bin. */
interface Binned {
  thresholds: number[];
  /** Bin of each sample: the number of thresholds below its value. */
  bin: Uint8Array;
}

function binFeature(values: readonly number[], bins: number): Binned {
  const distinct = [...new Set(values)].sort((a, b) => a - b);
  let cuts: number[] = [];
  for (let i = 1; i < distinct.length; i++) cuts.push((distinct[i - 1]! + distinct[i]!) / 2);
  if (cuts.length > bins - 1) {
    const sorted = [...values].sort((a, b) => a - b);
    const q = new Set<number>();
    for (let k = 1; k < bins; k++) {
      const v = sorted[Math.floor((k * sorted.length) / bins)]!;
      const next = distinct.find((d) => d > v);
      if (next !== undefined) q.add((v + next) / 2);
    }
    cuts = [...q].sort((a, b) => a - b);
  }
  const bin = new Uint8Array(values.length);
  values.forEach((v, i) => {
    let b = 0;
    while (b < cuts.length && v > cuts[b]!) b++;
    bin[i] = b;
  });
  return { thresholds: cuts, bin };
}

interface Split {
  gain: number;
  feature: number;
  /** Samples in bins below this go left. */
  at: number;
}

interface Leaf {
  samples: Int32Array;
  split: Split | null;
  /** Index of this leaf's node in the tree being grown. */
  node: number;
}

export function fitBoostedTrees(x: readonly number[][], y: readonly number[], names: readonly string[], options: Partial<BoostOptions> = {}): BoostedTreesWeights {
  const o = { ...BOOST_DEFAULTS, ...options };
  const n = x.length;
  const features = names.map((_, j) => binFeature(x.map((row) => row[j] ?? 0), o.bins));
  // Features with a single value (a type no candidate of the sample has) offer no split.
  const used = features.flatMap((f, j) => (f.thresholds.length > 0 ? [j] : []));
  const mean = y.reduce((a, v) => a + v, 0) / n;
  const bias = Math.log(mean / (1 - mean));
  const score = new Float64Array(n).fill(bias);
  const g = new Float64Array(n);
  const h = new Float64Array(n);
  const trees: TreeNode[][] = [];
  const all = Int32Array.from({ length: n }, (_, i) => i);

  const leafScore = (samples: Int32Array) => {
    let G = 0;
    let H = 0;
    for (const i of samples) {
      G += g[i]!;
      H += h[i]!;
    }
    return (-G / (H + o.l2)) * o.learningRate;
  };

  const bestSplit = (samples: Int32Array): Split | null => {
    if (samples.length < 2 * o.minLeaf) return null;
    let G = 0;
    let H = 0;
    for (const i of samples) {
      G += g[i]!;
      H += h[i]!;
    }
    const parent = (G * G) / (H + o.l2);
    let best: Split | null = null;
    for (const j of used) {
      const f = features[j]!;
      const size = f.thresholds.length + 1;
      const gs = new Float64Array(size);
      const hs = new Float64Array(size);
      const cs = new Int32Array(size);
      for (const i of samples) {
        const b = f.bin[i]!;
        gs[b] += g[i]!;
        hs[b] += h[i]!;
        cs[b]!++;
      }
      let gl = 0;
      let hl = 0;
      let cl = 0;
      for (let b = 0; b < size - 1; b++) {
        gl += gs[b]!;
        hl += hs[b]!;
        cl += cs[b]!;
        const cr = samples.length - cl;
        if (cl < o.minLeaf) continue;
        if (cr < o.minLeaf) break;
        const gr = G - gl;
        const hr = H - hl;
        const gain = (gl * gl) / (hl + o.l2) + (gr * gr) / (hr + o.l2) - parent;
        if (gain > 1e-9 && (!best || gain > best.gain)) best = { gain, feature: j, at: b + 1 };
      }
    }
    return best;
  };

  for (let round = 0; round < o.rounds; round++) {
    for (let i = 0; i < n; i++) {
      const p = 1 / (1 + Math.exp(-score[i]!));
      g[i] = p - y[i]!;
      h[i] = Math.max(p * (1 - p), 1e-6);
    }
    const nodes: TreeNode[] = [[0]];
    const leaves: Leaf[] = [{ samples: all, split: bestSplit(all), node: 0 }];
    while (leaves.length < o.maxLeaves) {
      let k = -1;
      for (let i = 0; i < leaves.length; i++) if (leaves[i]!.split && (k < 0 || leaves[i]!.split!.gain > leaves[k]!.split!.gain)) k = i;
      if (k < 0) break;
      const leaf = leaves[k]!;
      const split = leaf.split!;
      const bin = features[split.feature]!.bin;
      const left = leaf.samples.filter((i) => bin[i]! < split.at);
      const right = leaf.samples.filter((i) => bin[i]! >= split.at);
      const l = nodes.length;
      nodes.push([0], [0]);
      nodes[leaf.node] = [names[split.feature]!, features[split.feature]!.thresholds[split.at - 1]!, l, l + 1];
      leaves.splice(k, 1, { samples: left, split: bestSplit(left), node: l }, { samples: right, split: bestSplit(right), node: l + 1 });
    }
    for (const leaf of leaves) {
      const v = round6(leafScore(leaf.samples));
      nodes[leaf.node] = [v];
      for (const i of leaf.samples) score[i] += v;
    }
    trees.push(nodes);
  }
  return { kind: 'boosted-trees', bias: round6(bias), trees };
}

const round6 = (v: number) => Math.round(v * 1e6) / 1e6;
