// Weekdays: "Thursday", "last Saturday", "Friday morning", "Wednesday night".
import { WEEKDAY_RE, weekdayNumber } from '../../../facts/time-words.js';
import { resolveWeekday } from '../resolve.js';
import { isoDay, isoWeekValue, weekdayOf } from '../../../text/calendar.js';
import { anyWord } from './gates.js';
import type { TimexRule } from './types.js';

const WEEKDAY_GATE = anyWord(WEEKDAY_RE.split('|'));

export const WEEKDAY_RULES: TimexRule[] = [
  {
    name: 'weekday',
    gate: WEEKDAY_GATE,
    pattern: new RegExp(
      `\\b(?:(last|next|this|this past|this coming|coming|past|early|late)\\s+)?(${WEEKDAY_RE})(['’]s)?(?:\\s+(morning|afternoon|evening|night))?\\b`,
      'gi',
    ),
    build: (m, ctx) => {
      const wd = weekdayNumber(m[2]!);
      if (wd === null || !/^[A-Z]/.test(m[2]!)) return null;
      const word = m[1]?.toLowerCase();
      const shift = word === 'last' || word === 'this past' || word === 'past' ? 'last' : word === 'next' || word === 'this coming' || word === 'coming' ? 'next' : null;
      // "Thursday's ruling": a possessive weekday names something that has happened (or is happening today).
      const possessive = !!m[3];
      // A weekday naming the writer's own day (local-day.ts) is that day, whatever the tense.
      const writers = shift === null && !m[1] && ctx.writerDay !== null && ctx.writerDay !== ctx.dct && weekdayOf(ctx.writerDay) === wd;
      const day = writers ? isoDay(ctx.writerDay!) : resolveWeekday(ctx.dct, wd, possessive && shift === null ? 'past' : ctx.tense, shift);
      // TempEval annotators value "Friday night" and "Friday morning" as the day itself about as often as with
      // TNI/TMO (TBAQ: night 5 day, 6 TNI, 3 TEV; morning 5 day, 3 TMO), but "Friday evening" always with TEV
      // (3 of 3). The events stage reads the day either way.
      const mod = word === 'early' ? 'START' : word === 'late' ? 'END' : undefined;
      // TimeML leaves the possessive "'s" out of the extent.
      const dropEnd = possessive && !m[4] ? 2 : 0;
      const evening = m[4]?.toLowerCase() === 'evening' && /^\d{4}-\d{2}-\d{2}$/.test(day);
      return { type: evening ? 'TIME' : 'DATE', value: evening ? `${day}TEV` : day, mod, dropEnd, fromReportDay: true };
    },
  },
];

/** "the weekend": the most recent one, or the coming one when the sentence looks ahead. */
export const WEEKEND_RULES: TimexRule[] = [
  {
    name: 'weekend',
    gate: anyWord(['weekend']),
    pattern: /\b(?:(the|this|last|next|this past|this coming|over the)\s+)weekend\b(?!s)/gi,
    build: (m, ctx) => {
      const word = m[1]!.toLowerCase();
      const ahead = word === 'next' || word === 'this coming' || (word !== 'last' && word !== 'this past' && ctx.tense === 'future');
      const saturday = ctx.dct === null ? null : ahead ? ctx.dct + ((6 - weekdayOf(ctx.dct) + 7) % 7) : ctx.dct - ((weekdayOf(ctx.dct) - 6 + 7) % 7 === 6 ? 0 : (weekdayOf(ctx.dct) + 1) % 7);
      return { type: 'DATE', value: saturday === null ? 'XXXX-WXX-WE' : `${isoWeekValue(saturday)}-WE`, dropStart: word === 'over the' ? 5 : 0, fromReportDay: true };
    },
  },
];
