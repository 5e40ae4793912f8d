// What an event's confidence means, measured: events are put in confidence bins and each bin's share of
// right events is set beside its mean confidence (a reliability table). Two judges of "right":
//   - ACLED dev: every predicted event of a row is right when its ACLED sub-event type and its day equal
//     the row's (extra events of a row count as wrong, so this is a strict reading);
//   - news: events of ../shared/corpora/news judged by hand (eval/news-judgments.json), matched to the
//     output by document and trigger offset.
// Figures: the expected calibration error (mean |confidence - share right|, weighted by bin size), the
// AUC of confidence as a ranking of right over wrong, and for news the share of judged events kept.
import { readFileSync } from 'node:fs';
import { csvRecords } from '../src/text/csv.js';

interface Scored {
  confidence: number;
  right: boolean;
}

export interface Reliability {
  bins: Array<{ from: number; to: number; n: number; meanConfidence: number; shareRight: number }>;
  /** Expected calibration error: 0 is perfect. */
  ece: number;
  /** Probability that a right event outranks a wrong one (0.5: confidence says nothing). */
  auc: number;
}

const EDGES = [0, 0.2, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1.0001];

export function reliability(scored: readonly Scored[]): Reliability {
  const bins = EDGES.slice(0, -1).map((from, i) => {
    const to = EDGES[i + 1]!;
    const inBin = scored.filter((s) => s.confidence >= from && s.confidence < to);
    const n = inBin.length;
    return {
      from, to: Math.min(1, to), n,
      meanConfidence: n ? inBin.reduce((a, s) => a + s.confidence, 0) / n : 0,
      shareRight: n ? inBin.filter((s) => s.right).length / n : 0,
    };
  });
  const total = scored.length || 1;
  const ece = bins.reduce((a, b) => a + (b.n / total) * Math.abs(b.meanConfidence - b.shareRight), 0);
  return { bins, ece, auc: auc(scored) };
}

/** Mann-Whitney AUC, ties counted half. */
function auc(scored: readonly Scored[]): number {
  const right = scored.filter((s) => s.right).map((s) => s.confidence);
  const wrong = scored.filter((s) => !s.right).map((s) => s.confidence);
  if (!right.length || !wrong.length) return NaN;
  let wins = 0;
  for (const r of right) for (const w of wrong) wins += r > w ? 1 : r === w ? 0.5 : 0;
  return wins / (right.length * wrong.length);
}

interface OutLine {
  id: string | null;
  events?: Array<{ confidence: number; type: string; acled?: { sub_event_type?: string } | null; date?: { value?: string } | null; trigger: { start: number } }>;
}

function outLines(path: string): OutLine[] {
  return readFileSync(path, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as OutLine);
}

/** ACLED's "dd/mm/yyyy ..." event date as YYYY-MM-DD. */
function acledDay(value: string): string {
  const [d, m, y] = value.slice(0, 10).split('/');
  return `${y}-${m}-${d}`;
}

export function acledCalibration(outPath: string, goldCsv: string): Reliability {
  const gold = new Map(csvRecords(readFileSync(goldCsv, 'utf8')).map((r) => [r.event_id_cnty, r]));
  const scored: Scored[] = [];
  for (const line of outLines(outPath)) {
    const row = line.id ? gold.get(line.id) : undefined;
    if (!row) continue;
    const day = acledDay(row.event_date ?? '');
    for (const e of line.events ?? []) {
      const right = e.acled?.sub_event_type === row.sub_event_type && (e.date?.value ?? '').slice(0, 10) === day;
      scored.push({ confidence: e.confidence, right });
    }
  }
  return reliability(scored);
}

interface Judgment {
  doc: string;
  trigger: number;
  real: boolean;
  /** Which judging round: a later round, judged after the rules changed, checks the earlier one. */
  sample?: number;
}

export interface NewsCalibration extends Reliability {
  judged: number;
  /** Judged events the output still has. */
  found: number;
  /** Of the judged real events, the share still found. */
  realKept: number;
  /** Of the judged events still found, the share that is real. */
  precision: number;
  /** The same over found events with confidence at least 0.5. */
  precisionAtHalf: number;
  /** Precision and AUC per judging round. */
  bySample: Array<{ sample: number; found: number; precision: number; auc: number }>;
}

export function newsCalibration(outPath: string, judgmentsPath: string): NewsCalibration {
  const { judged } = JSON.parse(readFileSync(judgmentsPath, 'utf8')) as { judged: Judgment[] };
  const found = new Map<string, number>();
  for (const line of outLines(outPath)) {
    for (const e of line.events ?? []) {
      const key = `${line.id}#${e.trigger.start}`;
      found.set(key, Math.max(found.get(key) ?? 0, e.confidence));
    }
  }
  const scored: Array<Scored & { sample: number }> = [];
  for (const j of judged) {
    const confidence = found.get(`${j.doc}#${j.trigger}`);
    if (confidence !== undefined) scored.push({ confidence, right: j.real, sample: j.sample ?? 1 });
  }
  const bySample = [...new Set(scored.map((s) => s.sample))].sort().map((sample) => {
    const of = scored.filter((s) => s.sample === sample);
    return { sample, found: of.length, precision: of.filter((s) => s.right).length / of.length, auc: reliability(of).auc };
  });
  const real = judged.filter((j) => j.real).length;
  const half = scored.filter((s) => s.confidence >= 0.5);
  return {
    ...reliability(scored),
    judged: judged.length,
    found: scored.length,
    realKept: real ? scored.filter((s) => s.right).length / real : NaN,
    precision: scored.length ? scored.filter((s) => s.right).length / scored.length : NaN,
    precisionAtHalf: half.length ? half.filter((s) => s.right).length / half.length : NaN,
    bySample,
  };
}

/** The reliability table as text lines, for the eval's report on stderr. */
export function reliabilityTable(title: string, r: Reliability): string {
  const rows = r.bins
    .filter((b) => b.n > 0)
    .map((b) => `  [${b.from.toFixed(1)}, ${b.to.toFixed(1)})  n=${String(b.n).padStart(4)}  mean confidence ${b.meanConfidence.toFixed(2)}  right ${b.shareRight.toFixed(2)}`);
  return [`${title}: ECE ${r.ece.toFixed(3)}, AUC ${Number.isNaN(r.auc) ? 'n/a' : r.auc.toFixed(3)}`, ...rows].join('\n');
}
