// Corroboration: how many independent sources report one happening, and what that makes its status.
// A republished copy of a wire story is not a second source, and neither is a second article from the
// same outlet; sources that contradict each other make the happening disputed, with each figure kept.
import { NEAR_DUPLICATE, similarity } from './fingerprint.js';

export interface SourcedReport {
  documentId: number;
  /** The outlet: the page's site name or URL host; null when unknown. */
  outlet: string | null;
  /** MinHash signature of the document's body text. */
  signature: Uint32Array;
  modality: string;
  verification: string;
  /** Who the document says makes the claim ("Ministry of Defence of Ukraine"), and their side. */
  claimant: string | null;
  side: string | null;
  fatalities: number | null;
}

export interface Corroboration {
  /** Groups of document ids that count as one source each. */
  sources: number[][];
  independentSources: number;
  verification: 'confirmed' | 'unconfirmed' | 'disputed' | 'unknown';
  /** Differing fatality figures, each with who gives it. */
  figures: Array<{ fatalities: number; claimant: string | null; side: string | null; documentIds: number[] }>;
}

const DENIALS = new Set(['denied', 'negated']);

export function corroborate(reports: readonly SourcedReport[]): Corroboration {
  // Union documents that are copies of one text or come from one outlet.
  const parent = reports.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  // One document or one outlet is one source: joined through a map, without comparing pairs.
  const firstOf = new Map<string, number>();
  reports.forEach((r, i) => {
    for (const key of [`d:${r.documentId}`, r.outlet !== null ? `o:${r.outlet.toLowerCase()}` : null]) {
      if (key === null) continue;
      const first = firstOf.get(key);
      if (first === undefined) firstOf.set(key, i);
      else parent[find(i)] = find(first);
    }
  });
  // Copies: texts are compared only between sources not already joined, so a wire story carried by a
  // hundred sites costs a hundred comparisons, not five thousand.
  for (let i = 0; i < reports.length; i++) {
    for (let j = i + 1; j < reports.length; j++) {
      if (find(i) === find(j)) continue;
      if (similarity(reports[i]!.signature, reports[j]!.signature) >= NEAR_DUPLICATE) parent[find(j)] = find(i);
    }
  }
  const groups = new Map<number, Set<number>>();
  reports.forEach((r, i) => {
    const g = groups.get(find(i)) ?? new Set<number>();
    g.add(r.documentId);
    groups.set(find(i), g);
  });
  const sources = [...groups.values()].map((g) => [...g].sort((x, y) => x - y));

  const asserting = reports.filter((r) => !DENIALS.has(r.modality));
  const denying = reports.filter((r) => DENIALS.has(r.modality));
  const byFigure = new Map<number, Corroboration['figures'][number]>();
  for (const r of asserting) {
    if (r.fatalities === null) continue;
    const f = byFigure.get(r.fatalities) ?? { fatalities: r.fatalities, claimant: r.claimant, side: r.side, documentIds: [] };
    if (!f.documentIds.includes(r.documentId)) f.documentIds.push(r.documentId);
    byFigure.set(r.fatalities, f);
  }
  const figures = [...byFigure.values()].sort((a, b) => a.fatalities - b.fatalities);
  // Sides that give different death tolls dispute the figure, not the happening; only report it as a
  // dispute when the figures come from opposing sides.
  const sidesDisagree = new Set(figures.map((f) => f.side).filter(Boolean)).size > 1 && figures.length > 1;

  let verification: Corroboration['verification'];
  if (denying.length > 0 && asserting.length > 0) verification = 'disputed';
  else if (sidesDisagree) verification = 'disputed';
  else if (sources.length >= 2) verification = 'confirmed';
  else if (reports.some((r) => r.verification === 'confirmed')) verification = 'confirmed';
  else if (reports.some((r) => r.verification === 'unconfirmed')) verification = 'unconfirmed';
  else verification = 'unknown';

  return { sources, independentSources: sources.length, verification, figures };
}
