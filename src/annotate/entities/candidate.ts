// What each matcher proposes, before overlaps are settled and mentions are clustered.
import type { AnnotatedSection, EntityType } from '../types.js';
import type { RepairedDocument } from '../../repair/types.js';
import type { Word } from './words.js';

export interface Candidate {
  section: number;
  start: number;
  end: number;
  type: EntityType;
  /** Mentions with the same key are one entity; the key becomes the entity id. */
  key: string;
  canonical: string;
  side?: string;
  role?: string;
  /** Breaks ties between overlapping candidates of equal length: table facts beat guesses. */
  priority: number;
}

export const PRIORITY = { known: 40, institution: 30, group: 20, unknown: 10 } as const;

export interface EntityContext {
  sections: readonly AnnotatedSection[];
  doc: RepairedDocument;
  /** The words of each section, computed once for every matcher. */
  words: ReadonlyArray<readonly Word[]>;
}

/** A matcher looks at every section at once, so it can link mentions across the title, body and items. */
export interface EntityMatcher {
  name: string;
  /** Candidates found so far (by earlier matchers) are visible, so later ones can defer to them. */
  run(ctx: EntityContext, found: readonly Candidate[]): Candidate[];
}

export function overlaps(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return a.start < b.end && b.start < a.end;
}

/** Which characters of a text some span covers, for overlap tests in constant time per character. */
export function coverage(length: number, spans: ReadonlyArray<{ start: number; end: number }>) {
  const covered = new Uint8Array(length + 1);
  for (const s of spans) covered.fill(1, s.start, s.end);
  return {
    overlaps(span: { start: number; end: number }): boolean {
      for (let i = span.start; i < span.end; i++) if (covered[i]) return true;
      return false;
    },
  };
}
