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

  const verification = verificationOf({
    independentSources: sources.length,
    denied: denying.length > 0,
    asserted: asserting.length > 0,
    sidesDisagree,
    reportVerifications: reports.map((r) => r.verification),
  });
  return { sources, independentSources: sources.length, verification, figures };
}

export type Verification = Corroboration['verification'];

/** What the reports of one happening say, as far as its verification goes. */
export interface VerificationInputs {
  independentSources: number;
  /** Some report denies it / some report asserts it. */
  denied: boolean;
  asserted: boolean;
  /** Opposing sides give different figures. */
  sidesDisagree: boolean;
  /** What each report's own text says about it (a cue like "could not be verified", "denied"). */
  reportVerifications: readonly string[];
}

/**
 * The one definition of a happening's verification, used wherever one is shown (CLI, API, exports, web):
 * - disputed: one report denies what another asserts, a report says it is disputed, or opposing sides
 *   give different figures;
 * - confirmed: at least two independent sources report it. A single source never confirms itself, even
 *   when its text says "confirmed" (that is its own claim);
 * - unconfirmed: one source, whose text says something of its verification ("confirmed", "could not be
 *   verified");
 * - unknown: one source that says nothing of it.
 */
export function verificationOf(v: VerificationInputs): Verification {
  if ((v.denied && v.asserted) || v.sidesDisagree || v.reportVerifications.includes('disputed')) return 'disputed';
  if (v.independentSources >= 2) return 'confirmed';
  if (v.reportVerifications.some((r) => r === 'confirmed' || r === 'unconfirmed')) return 'unconfirmed';
  return 'unknown';
}

/**
 * The verification shown for an event: its happening's. An event not linked into a happening (synthetic
 * bulk loads only) is a single source, judged by the same rule.
 */
export function shownVerification(e: { event: Record<string, unknown>; happening?: { verification: string } }): string {
  if (e.happening) return e.happening.verification;
  const own = typeof e.event.verification === 'string' ? e.event.verification : 'unknown';
  return verificationOf({ independentSources: 1, denied: false, asserted: true, sidesDisagree: false, reportVerifications: [own] });
}
