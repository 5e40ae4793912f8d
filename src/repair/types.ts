// What repair produces: the same document with its texts mended, and what was changed.
import type { CleanedDocument } from '../clean/types.js';

export interface RepairNote {
  kind: 'glued-words' | 'glued-sentences' | 'foreign-residue' | 'whitespace';
  /** What stood in the text, and what it became. */
  from: string;
  to: string;
  /** Offsets in the source document. */
  start: number;
  end: number;
}

export interface RepairedDocument extends CleanedDocument {
  repairs: RepairNote[];
}
