// Recurring times (TIMEX3 SET): "daily", "every day", "each week", "twice a year", "every Friday".
import { MONTH_RE, WEEKDAY_RE, monthNumber, weekdayNumber } from '../../../facts/time-words.js';
import { MONTH_GATE } from './absolute.js';
import { allOf, anyWord } from './gates.js';
import type { TimexRule } from './types.js';

const EVERY: Record<string, string> = {
  day: 'P1D', night: 'P1D', morning: 'P1D', evening: 'P1D', week: 'P1W', month: 'P1M', year: 'P1Y', hour: 'PT1H',
  minute: 'PT1M', quarter: 'P3M', weekend: 'P1WE', decade: 'P10Y',
};
const ADVERB: Record<string, string> = {
  daily: 'P1D', nightly: 'P1D', weekly: 'P1W', monthly: 'P1M', annually: 'P1Y', yearly: 'P1Y', hourly: 'PT1H', quarterly: 'P3M',
};

export const SET_RULES: TimexRule[] = [
  {
    name: 'every-unit',
    gate: anyWord(['every', 'each', 'per']),
    pattern: /\b(?:every|each|per)\s+(?:other\s+|single\s+)?(day|night|morning|evening|week|month|year|hour|minute|quarter|weekend|decade)\b/gi,
    build: (m) => ({ type: 'SET', value: EVERY[m[1]!.toLowerCase()]! }),
  },
  {
    name: 'times-a-unit',
    gate: anyWord(['once', 'twice', 'times']),
    pattern: /\b(?:once|twice|three times|four times|\w+ times)\s+(?:a|an|per)\s+(day|week|month|year|hour)\b/gi,
    build: (m) => ({ type: 'SET', value: EVERY[m[1]!.toLowerCase()]! }),
  },
  {
    name: 'every-weekday',
    gate: anyWord(['every', 'each']),
    pattern: new RegExp(`\\b(?:every|each)\\s+(${WEEKDAY_RE})\\b`, 'gi'),
    build: (m) => ({ type: 'SET', value: `XXXX-WXX-${((weekdayNumber(m[1]!) ?? 0) + 6) % 7 + 1}` }),
  },
  {
    // "each July": that month every year.
    name: 'every-month',
    gate: allOf(anyWord(['every', 'each']), MONTH_GATE),
    pattern: new RegExp(`\\b(?:every|each)\\s+(${MONTH_RE})(?![\\w.]*\\s*\\d)\\b`, 'gi'),
    build: (m) => {
      const month = /^[A-Z]/.test(m[1]!) ? monthNumber(m[1]!) : null;
      return month ? { type: 'SET', value: `XXXX-${String(month).padStart(2, '0')}` } : null;
    },
  },
  {
    name: 'frequency-adverb',
    gate: anyWord(['daily', 'nightly', 'weekly', 'monthly', 'yearly', 'hourly']),
    // "quarterly" and "annually" mostly qualify reports and dividends, not times: left out.
    pattern: /\b(daily|nightly|weekly|monthly|yearly|hourly)\b/gi,
    build: (m) => ({ type: 'SET', value: ADVERB[m[1]!.toLowerCase()]! }),
  },
];
