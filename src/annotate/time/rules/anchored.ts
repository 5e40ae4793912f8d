// Times counted from a known event: "13 months after the full-scale invasion", "a year since the invasion".
import { TIME_ANCHORS } from '../../../facts/time-anchors.js';
import { NUMBER_RE, quantity, unitOf } from '../../../facts/time-words.js';
import { offsetValue, type Unit } from '../resolve.js';
import { parseIsoDay } from '../../../text/calendar.js';
import { allOf, anyWord } from './gates.js';
import type { TimexRule } from './types.js';

/** Every anchored rule counts units before or after its anchor: a chunk needs both words before its phrases are
 * looked for. */
const COUNTED_FROM = allOf(
  anyWord(['day', 'days', 'week', 'weeks', 'month', 'months', 'year', 'years']),
  anyWord(['after', 'since', 'into', 'before', 'from']),
);

export const ANCHORED_RULES: TimexRule[] = TIME_ANCHORS.map((anchor, i): TimexRule => ({
  name: `anchored-${i}`,
  pattern: new RegExp(
    `\\b(?:(about|nearly|almost|more than|over|some|roughly|around|just)\\s+)?(${NUMBER_RE})[\\s-]+(days?|weeks?|months?|years?)\\s+(after|since|into|before|from)\\s+(?:the\\s+)?(?:${anchor.phrases})\\b`,
    'gi',
  ),
  gate: allOf(COUNTED_FROM, new RegExp(anchor.phrases, 'i')),
  build: (m) => {
    const n = quantity(m[2]!);
    const day = parseIsoDay(anchor.date);
    if (n === null || n === 'X' || day === null) return null;
    const unit = unitOf(m[3]!) as Unit;
    const sign = /before/i.test(m[4]!) ? -1 : 1;
    return { type: 'DATE', value: offsetValue(day, unit, n, sign), mod: m[1] ? 'APPROX' : undefined };
  },
}));
