// Bylines and datelines: "By X Desk March 7, 2023 6:41 AM", "Published: 7 March 2023".
import type { LineRule } from './types.js';

export const BYLINE = /^by\s+(?=\S)/i;
export const DATELINE_LEAD = /^(published|updated|posted|last updated|first published|date)\b\s*(on|at)?\s*:?\s*/i;

export const BYLINE_RULES: LineRule[] = [
  { name: 'by-line', kind: 'byline', maxWords: 30, test: (t) => BYLINE.test(t) && !/[.!?]["”’]?$/.test(t) },
  { name: 'published-line', kind: 'dateline', maxWords: 14, test: (t) => DATELINE_LEAD.test(t) && /\d/.test(t) },
];
