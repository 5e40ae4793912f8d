// A repair rule finds edits in one text. Edits are MappedText edits (so offsets keep pointing into the
// source); each carries what the note will say.
import type { RepairNote } from '../types.js';
import type { Vocabulary } from '../vocabulary.js';

export interface RepairEdit {
  start: number;
  end: number;
  replacement: string;
  /** The note's span in this text, when wider than the edit (a whole glued token for an inserted space). */
  noteStart?: number;
  noteEnd?: number;
  /** What the note says the span became. */
  noteTo?: string;
}

export interface RepairContext {
  /** Words of the whole document as written, with counts. */
  vocabulary: Vocabulary;
  /** The document is written in English: word-level repairs only make sense then. */
  english: boolean;
}

export interface RepairRule {
  name: string;
  kind: RepairNote['kind'];
  /** Non-overlapping edits for this text; [] when nothing to mend. */
  find(text: string, ctx: RepairContext): RepairEdit[];
}
