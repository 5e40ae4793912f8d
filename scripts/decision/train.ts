// Training and honest estimation of the learned event decision (src/events/decision). The rules' candidates on
// the hand-coded dev corpora (news-events, isw-events) are labelled by matching them with the gold events
// (./labels.ts); gradient-boosted trees over their features (./boost.ts) learn which are events. The logistic
// regressions (the topic's, and the event's of earlier rounds, `--model logistic`) are fitted by iteratively
// reweighted least squares with an L2 penalty, the linear algebra from
// ml-matrix (ml-logistic-regression was tried first: it fits no intercept, has no penalty, and its plain gradient
// steps took minutes to converge on 2,000 candidates). Estimates are k-fold cross-validated by document: each document's candidates are scored by a model
// that never saw that document.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { Matrix, solve } from 'ml-matrix';
import { FEATURE_NAMES, TOPIC_FEATURES } from '../../src/events/decision/features.js';
import { EventDecision, keeps, type DecisionWeights, type LogisticWeights } from '../../src/events/decision/model.js';
import { matchDocument, readGold, type GoldEvent, type PredictedEvent } from './labels.js';
import { csvRecords } from '../../src/text/csv.js';
import { foldKept } from '../../src/events/fold-kept.js';
import { fitBoostedTrees } from './boost.js';

/**
 * A labelled corpus: its documents coded event by event (news-events, isw-events: `texts` and `gold`), or one
 * event per document as in ACLED's table (`table`: a row's ACLED event and sub-event type is the event).
 */
export interface Corpus {
  name: string;
  texts?: string;
  gold?: string;
  table?: string;
  /** The table's format for acled-to-jsonl.mjs: acled (a row's type is the event) or cir (a row is one event, of any type). */
  format?: 'acled' | 'cir';
  /** Keep only this many rows, chosen by a hash of their ids. */
  sample?: number;
  /** AEB pages (ground-truth file and html folder) that report no event: every candidate on them is false. */
  aeb?: { groundTruth: string; html: string; ids: readonly string[] };
}

export interface CandidateDoc {
  corpus: string;
  id: string;
  text: string;
  gold: GoldEvent[];
  /** For a table row: its ACLED type and sub-type (empty for CIR rows, whose one event may be of any type). */
  row?: { event_type: string; sub_event_type: string };
  /** Every candidate (kept events and those below the threshold), in output order. */
  candidates: PredictedEvent[];
}

function runConverter(shared: string, script: string, args: string[]): string {
  const r = spawnSync('node', [join(shared, 'eval', script), ...args], { encoding: 'utf8', maxBuffer: 1 << 30 });
  if (r.status !== 0) throw new Error(`${script} failed: ${r.stderr}`);
  return r.stdout;
}

/** Runs `sitrep annotate --candidates` over a corpus (its input written by the shared converters). */
export function annotateCorpus(root: string, shared: string, corpus: Corpus): CandidateDoc[] {
  let input = corpus.table
    ? runConverter(shared, 'acled-to-jsonl.mjs', ['--format', corpus.format ?? 'acled', corpus.table])
    : corpus.aeb
      ? runConverter(shared, 'aeb-to-jsonl.mjs', [corpus.aeb.groundTruth, corpus.aeb.html])
      : runConverter(shared, 'news-to-jsonl.mjs', [corpus.texts!]);
  if (corpus.aeb) {
    const ids = new Set(corpus.aeb.ids);
    input = input.split('\n').filter((l) => l.trim() && ids.has((JSON.parse(l) as { id: string }).id)).join('\n') + '\n';
  }
  if (corpus.sample) {
    const lines = input.split('\n').filter(Boolean);
    const key = (l: string) => createHash('sha1').update((JSON.parse(l) as { id: string }).id).digest('hex');
    input = lines.sort((a, b) => (key(a) < key(b) ? -1 : 1)).slice(0, corpus.sample).join('\n') + '\n';
  }
  const out = spawnSync('node', [join(root, 'bin', 'sitrep.js'), 'annotate', '--candidates', '--quiet'], { cwd: root, input, encoding: 'utf8', maxBuffer: 1 << 30 });
  if (out.status !== 0 && out.status !== 3) throw new Error(`sitrep annotate failed: ${out.stderr}`);
  const gold = corpus.gold ? readGold(corpus.gold) : new Map<string, GoldEvent[]>();
  const rows = new Map<string, { event_type: string; sub_event_type: string }>();
  if (corpus.table) {
    for (const line of input.split('\n')) if (line.trim()) rows.set((JSON.parse(line) as { id: string }).id, { event_type: '', sub_event_type: '' });
    if ((corpus.format ?? 'acled') === 'acled') {
      for (const r of csvRecords(readFileSync(corpus.table, 'utf8'))) rows.set(r.event_id_cnty ?? '', { event_type: r.event_type ?? '', sub_event_type: r.sub_event_type ?? '' });
    }
  }
  const texts = new Map<string, string>();
  for (const line of input.split('\n')) if (line.trim()) {
    const d = JSON.parse(line) as { id: string; text?: string };
    texts.set(d.id, d.text ?? '');
  }
  const docs: CandidateDoc[] = [];
  for (const line of out.stdout.split('\n')) {
    if (!line.trim()) continue;
    const r = JSON.parse(line) as { id: string; events?: PredictedEvent[]; candidates?: PredictedEvent[] };
    const row = rows.get(r.id);
    docs.push({
      corpus: corpus.name, id: r.id, text: texts.get(r.id) ?? '', gold: gold.get(r.id) ?? [], ...(row ? { row } : {}),
      candidates: [...(r.events ?? []), ...(r.candidates ?? [])],
    });
  }
  return docs;
}

/** Which candidates of a document are its gold events, one to one. */
export function labelsOf(d: CandidateDoc, candidates: readonly PredictedEvent[] = d.candidates): Array<GoldEvent | null> {
  if (!d.row) return matchDocument(d.text, d.gold, candidates).matchOf;
  // A table row is one event, coded by its type: every candidate of that type tells it (the scorer takes the most
  // confident one, so each must rank as an event). A CIR row codes civilian harm, told by any of its candidates.
  const row = d.row;
  const event: GoldEvent = { id: 'row', mentions: [], family: '', background: false, date: null, place: null, acled: row };
  return candidates.map((c) => (!row.event_type || (c.acled?.sub_event_type === row.sub_event_type && c.acled?.event_type === row.event_type) ? event : null));
}

/** The events of a document that recall counts. */
function reportable(d: CandidateDoc): number {
  return d.row ? 1 : d.gold.filter((g) => !g.background).length;
}

export function corpusFiles(dir: string): string[] {
  return readdirSync(dir).filter((f) => f.endsWith('.txt')).sort();
}

/**
 * The fold of a document: stable across runs and machines (a hash of its name). Each repeat of the
 * cross-validation deals the documents anew (the hash of the repeat and the name); repeat 0 is the partition
 * used before repeats were added.
 */
export function foldOf(id: string, k: number, repeat = 0): number {
  return createHash('sha1').update(repeat ? `${repeat}:${id}` : id).digest()[0]! % k;
}

interface Samples {
  x: number[][];
  y: number[];
}

function samplesOf(docs: readonly CandidateDoc[]): Samples {
  const x: number[][] = [];
  const y: number[] = [];
  for (const d of docs) {
    const matchOf = labelsOf(d);
    d.candidates.forEach((c, i) => {
      x.push(c.features ?? []);
      y.push(matchOf[i] ? 1 : 0);
    });
  }
  return { x, y };
}

/** The L2 penalty on the standardised weights (not the bias): chosen by cross-validation (npm run train -- --lambda). */
export let LAMBDA = 3;
export function setLambda(v: number): void {
  LAMBDA = v;
}

/**
 * The event model: boosted trees (the default since they kept more real events at the same precision, cross-
 * validated), or the logistic regression of earlier rounds, for comparison (npm run train -- --model logistic).
 */
export type EventModelKind = 'trees' | 'logistic';
let EVENT_MODEL: EventModelKind = 'trees';
export function setEventModel(kind: EventModelKind): void {
  EVENT_MODEL = kind;
}

/** The topic regression's penalty: six document features and a thousand documents need little. */
const TOPIC_LAMBDA = 0.1;

/** Candidates a feature must be non-zero on to be learned. */
const MIN_SUPPORT = 20;

/** Penalised logistic regression by Newton's method (IRLS): a few dozen iterations converge. */
function logisticRegression(rows: number[][], y: readonly number[], lambda: number): number[] {
  const X = new Matrix(rows);
  const d = X.columns;
  let w = Matrix.zeros(d, 1);
  for (let iter = 0; iter < 50; iter++) {
    const z = X.mmul(w).to1DArray();
    const p = z.map((v) => 1 / (1 + Math.exp(-v)));
    const grad = X.transpose().mmul(Matrix.columnVector(p.map((pi, i) => y[i]! - pi)));
    const weighted = X.clone();
    for (let i = 0; i < X.rows; i++) {
      const s = p[i]! * (1 - p[i]!);
      for (let j = 0; j < d; j++) weighted.set(i, j, weighted.get(i, j) * s);
    }
    const H = X.transpose().mmul(weighted);
    for (let j = 1; j < d; j++) {
      H.set(j, j, H.get(j, j) + lambda);
      grad.set(j, 0, grad.get(j, 0) - lambda * w.get(j, 0));
    }
    const step = solve(H, grad);
    w = w.add(step);
    if (step.norm() < 1e-6) break;
  }
  return w.to1DArray();
}

/** Standardises the samples over the named features and fits one penalised logistic regression. */
function fitLogistic(x: readonly number[][], y: readonly number[], names: readonly string[], minSupport: number, lambda: number): LogisticWeights {
  const n = x.length;
  const cols = names.map((name) => FEATURE_NAMES.indexOf(name));
  const mean = cols.map((j) => x.reduce((a, row) => a + (row[j] ?? 0), 0) / n);
  const std = cols.map((j, k) => Math.sqrt(x.reduce((a, row) => a + ((row[j] ?? 0) - mean[k]!) ** 2, 0) / n));
  // A feature seen on too few samples (a rare type or rule) would learn from a handful of examples: it is left
  // out (weight 0), so rare kinds are judged by what they share with the rest.
  cols.forEach((j, k) => {
    if (x.filter((row) => (row[j] ?? 0) !== 0).length < minSupport) std[k] = 0;
  });
  // Standardised features and a constant column for the bias.
  const rows = x.map((row) => [1, ...cols.map((j, k) => (std[k]! > 0 ? ((row[j] ?? 0) - mean[k]!) / std[k]! : 0))]);
  const w = logisticRegression(rows, y, lambda);
  const features: Record<string, [number, number, number]> = {};
  names.forEach((name, k) => {
    if (std[k]! > 0) features[name] = [round(mean[k]!), round(std[k]!), round(w[k + 1]!)];
  });
  return { features, bias: round(w[0]!) };
}

/** Documents that report no event because they are about something else (the AEB pages of another topic). */
const offTopic = (d: CandidateDoc) => d.corpus === 'aeb';

/**
 * Fits both models: the topic regression on one sample per document with candidates (on topic: every coded
 * corpus; off: the pages of other topics), the event model on the candidates. The threshold is set by the caller.
 */
export function fit(docs: readonly CandidateDoc[]): DecisionWeights {
  // The trees also learn from the off-topic pages' candidates (all false): they can tell such a page by its
  // document features, where the regression would only shift its weights for every page alike.
  const { x, y } = samplesOf(EVENT_MODEL === 'trees' ? docs : docs.filter((d) => !offTopic(d)));
  const event = EVENT_MODEL === 'trees' ? fitBoostedTrees(x, y, FEATURE_NAMES) : fitLogistic(x, y, FEATURE_NAMES, MIN_SUPPORT, LAMBDA);
  const withCandidates = docs.filter((d) => d.candidates.length > 0);
  const topic = fitLogistic(withCandidates.map((d) => d.candidates[0]!.features ?? []), withCandidates.map((d) => (offTopic(d) ? 0 : 1)), TOPIC_FEATURES, 0, TOPIC_LAMBDA);
  return { event, topic, threshold: 0.5 };
}

const round = (v: number) => Math.round(v * 1e6) / 1e6;

/** Out-of-fold probabilities: every candidate scored by the model trained on the other folds. */
export function crossValidate(docs: readonly CandidateDoc[], k: number, repeat = 0): CandidateDoc[] {
  const out: CandidateDoc[] = docs.map((d) => ({ ...d, candidates: d.candidates.map((c) => ({ ...c })) }));
  for (let fold = 0; fold < k; fold++) {
    const model = new EventDecision(fit(docs.filter((d) => foldOf(d.id, k, repeat) !== fold)));
    for (const d of out) {
      if (foldOf(d.id, k, repeat) !== fold) continue;
      for (const c of d.candidates) {
        c.confidence = Math.round(model.probability(c.features ?? []) * 1000) / 1000;
        c.topic = model.topicProbability(c.features ?? []);
      }
    }
  }
  return out;
}

/**
 * Cross-validation repeated over `repeats` partitions, one out-of-fold run each. A single partition's figures
 * move by about 0.01 when a change alters a few candidates (each fold's trees are refitted and borderline
 * decisions flip); averaged over partitions they move less, so that a change is judged on itself.
 */
export function crossValidateRepeated(docs: readonly CandidateDoc[], k: number, repeats: number): CandidateDoc[][] {
  return Array.from({ length: repeats }, (_, r) => crossValidate(docs, k, r));
}

export interface Figures {
  threshold: number;
  predicted: number;
  matched: number;
  precision: number;
  recall: number;
  f1: number;
}

/** Precision and recall of the candidates kept at a threshold, matched one to one as the scorer does. */
export function figuresAt(docs: readonly CandidateDoc[], threshold: number): Figures {
  let predicted = 0;
  let matched = 0;
  let goldFound = 0;
  let goldReportable = 0;
  for (const d of docs) {
    const kept = foldKept(d.candidates.filter((c) => keeps(c.confidence, c.topic ?? 1, threshold))).kept;
    const matchOf = labelsOf(d, kept);
    predicted += kept.length;
    matched += matchOf.filter(Boolean).length;
    goldFound += d.row ? Math.min(1, matchOf.filter(Boolean).length) : matchOf.filter((g) => g && !g.background).length;
    goldReportable += reportable(d);
  }
  const precision = predicted ? matched / predicted : 0;
  const recall = goldReportable ? goldFound / goldReportable : 0;
  return { threshold, predicted, matched, precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0 };
}

/**
 * The lowest threshold whose F1 on out-of-fold probabilities is within `tolerance` of the best: the F1 curve is
 * flat near its top, and of thresholds that score alike the one that keeps more real events is preferred (the
 * rest stay in the ledger as candidates either way). F1 is the mean over the corpora coded event by event, so
 * that the articles count as much as the battlefield reports, whose many events per document would otherwise
 * outweigh them.
 */
export function bestThreshold(docs: readonly CandidateDoc[], tolerance = 0.005): Figures {
  const corpora = [...new Set(docs.filter((d) => reportable(d) > 0).map((d) => d.corpus))];
  // Pages about neither war nor politics must stay without events (issue 15): a threshold that keeps any of
  // their candidates is not a choice, however it scores on the coded corpora.
  const offTopic = docs.filter((d) => !corpora.includes(d.corpus));
  const grid: Array<{ figures: Figures; macro: number }> = [];
  for (let t = 0.05; t < 0.95; t += 0.025) {
    const threshold = Math.round(t * 1000) / 1000;
    if (offTopic.length > 0 && figuresAt(offTopic, threshold).predicted > 0) continue;
    const macro = corpora.reduce((a, c) => a + figuresAt(docs.filter((d) => d.corpus === c), threshold).f1, 0) / corpora.length;
    grid.push({ figures: figuresAt(docs, threshold), macro });
  }
  const top = Math.max(...grid.map((g) => g.macro));
  return grid.find((g) => g.macro >= top - tolerance)!.figures;
}
