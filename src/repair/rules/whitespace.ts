// Runs of spaces, tabs and no-break spaces inside a text become one plain space.
import type { RepairEdit, RepairRule } from './types.js';

export const whitespace: RepairRule = {
  name: 'white space runs',
  kind: 'whitespace',
  find(text) {
    const edits: RepairEdit[] = [];
    for (const m of text.matchAll(/[ \t\u00a0\u2007\u202f]{2,}|[\t\u00a0\u2007\u202f]/gu)) {
      edits.push({ start: m.index!, end: m.index! + m[0].length, replacement: ' ' });
    }
    return edits;
  },
};
