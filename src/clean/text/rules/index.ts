// The line rules in the order they are tried. Feed clocks first (they are unambiguous), then forms and
// appeals (their phrases beat any shape), then furniture, teasers, captions, credits and bylines.
import { countStep } from '../../../text/step-counts.js';
import { wordCount } from '../signals.js';
import { BYLINE_RULES } from './byline.js';
import { CAPTION_RULES, CREDIT_RULES } from './captions.js';
import { CHROME_RULES } from './chrome.js';
import { FEED_RULES } from './feed.js';
import { FORM_RULES } from './forms.js';
import { PROMO_RULES } from './promos.js';
import { RELATED_RULES } from './related.js';
import type { LineKind, LineRule } from './types.js';

export type { LineKind, LineRule } from './types.js';

export const LINE_RULES: readonly LineRule[] = [
  ...FEED_RULES,
  ...FORM_RULES,
  ...PROMO_RULES,
  ...CHROME_RULES,
  ...RELATED_RULES,
  ...CREDIT_RULES,
  ...CAPTION_RULES,
  ...BYLINE_RULES,
];

export interface LineClass {
  kind: LineKind;
  /** The rule that decided, for debugging and tests. */
  rule: string | null;
}

export function classifyLine(text: string, rules: readonly LineRule[] = LINE_RULES, words = wordCount(text)): LineClass {
  for (const rule of rules) {
    if (rule.maxWords !== undefined && words > rule.maxWords) continue;
    const hit = typeof rule.test === 'function' ? rule.test(text) : rule.test.test(text);
    if (hit) {
      countStep('clean-lines', rule.name);
      return { kind: rule.kind, rule: rule.name };
    }
  }
  return { kind: 'text', rule: null };
}
