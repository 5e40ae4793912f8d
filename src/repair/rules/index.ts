// The repair rules in the order they run. Residue goes first (so its space is not glued back), then
// glued sentences and words, then white space.
import { foreignResidue } from './foreign-residue.js';
import { gluedSentences } from './glued-sentences.js';
import { gluedWords } from './glued-words.js';
import { whitespace } from './whitespace.js';
import type { RepairRule } from './types.js';

export type { RepairContext, RepairEdit, RepairRule } from './types.js';

export const REPAIR_RULES: readonly RepairRule[] = [foreignResidue, gluedSentences, gluedWords, whitespace];
