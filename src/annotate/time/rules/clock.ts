// Clock times: "10:35 a.m.", "22:53", "3 p.m.", "noon", "midnight". Valued on the report day.
import { isoDay } from '../../../text/calendar.js';
import { anyWord } from './gates.js';
import type { RuleContext, TimexRule } from './types.js';

const ZONE = '(?:\\s+(?:EST|EDT|CST|CDT|PST|PDT|GMT|UTC|BST|CET|CEST|EET|EEST|MSK|Kyiv time|Moscow time|local time))?';

function on(ctx: RuleContext, hh: number, mm: number): string {
  const day = ctx.dct === null ? 'XXXX-XX-XX' : isoDay(ctx.dct);
  return `${day}T${String(hh).padStart(2, '0')}:${String(mm).padStart(2, '0')}`;
}

function to24(h: number, meridiem: string | undefined): number | null {
  if (!meridiem) return h;
  if (h < 1 || h > 12) return null;
  const pm = /^p/i.test(meridiem);
  return pm ? (h % 12) + 12 : h % 12;
}

export const CLOCK_RULES: TimexRule[] = [
  {
    name: 'clock',
    pattern: new RegExp(`(?<![\\d:.])\\b(\\d{1,2})[:.](\\d{2})(?![\\d:]|\\.\\d)(?:\\s*(a\\.m\\.|p\\.m\\.|am\\b|pm\\b|a\\.m\\b|p\\.m\\b))?${ZONE}`, 'gi'),
    build: (m, ctx) => {
      const h = to24(Number(m[1]), m[3]);
      const mm = Number(m[2]);
      if (h === null || h > 23 || mm > 59) return null;
      // "1.5" or "3.25" without a meridiem are numbers, not times.
      if (m[0].includes('.') && !m[3] && !m[0].includes(':')) return null;
      return { type: 'TIME', value: on(ctx, h, mm) };
    },
  },
  {
    name: 'hour-meridiem',
    pattern: new RegExp(`(?<![\\d:.$])\\b(\\d{1,2})\\s*(a\\.m\\.|p\\.m\\.|am\\b|pm\\b|a\\.m\\b|p\\.m\\b|o'clock)${ZONE}`, 'gi'),
    build: (m, ctx) => {
      const h = to24(Number(m[1]), /o'clock/i.test(m[2]!) ? undefined : m[2]);
      return h === null || h > 23 ? null : { type: 'TIME', value: on(ctx, h, 0) };
    },
  },
  {
    // "4 in the morning", "9 in the evening".
    name: 'hour-part-of-day',
    gate: anyWord(['morning', 'afternoon', 'evening', 'night']),
    pattern: /(?<![\d:.$])\b(\d{1,2})(?:\s+o'clock)?\s+in\s+the\s+(morning|afternoon|evening|night)\b/gi,
    build: (m, ctx) => {
      const h = Number(m[1]);
      if (h < 1 || h > 12) return null;
      const pm = /afternoon|evening/i.test(m[2]!) || (/night/i.test(m[2]!) && h >= 6);
      return { type: 'TIME', value: on(ctx, pm ? (h % 12) + 12 : h % 12, 0) };
    },
  },
  {
    name: 'noon-midnight',
    gate: anyWord(['noon', 'midday', 'midnight']),
    pattern: /\b(noon|midday|midnight)\b/gi,
    build: (m, ctx) => ({ type: 'TIME', value: on(ctx, /midnight/i.test(m[1]!) ? 24 : 12, 0).replace('T24:00', 'T24:00') }),
  },
];
