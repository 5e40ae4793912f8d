// Durations: "three years", "13 months", "the past week", "two-year", "several days", "the first nine months".
import { NUMBER_RE, UNIT_RE, durationValue, quantity, unitOf } from '../../../facts/time-words.js';
import { anyWord } from './gates.js';
import type { Built, TimexRule } from './types.js';

/**
 * What stands before "a day", "a week" when it is a rate, not a stretch of time: an amount ("$55 a night",
 * "358,000 a month", "$2 million a year") or a counted thing ("four flights a week", "24 hours a day").
 */
const RATE_BEFORE = new RegExp(
  `(?:\\d[\\d,.]*\\s*(?:%|percent|million|billion|thousand)?|\\b(?:million|billion|thousand|hundred|dollars|cents|euros|pounds)|(?:\\d[\\d,.]*|\\b(?:${'one|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|dozen|hundred|thousand|several|few|many'}))\\s+[a-z]+s)\\s+$`,
  'i',
);

const APPROX = 'about|nearly|almost|more than|less than|over|under|at least|roughly|around|up to|some|only|just|barely|fewer than|as many as|as long as|as few as';

/** Every unit word of UNIT_RE, singular and plural. */
const UNIT_GATE = anyWord(
  ['second', 'minute', 'hour', 'day', 'night', 'week', 'fortnight', 'month', 'quarter', 'year', 'decade'].flatMap((u) => [u, `${u}s`]).concat(['century', 'centuries']),
);

export const DURATION_RULES: TimexRule[] = [
  {
    name: 'counted-duration',
    gate: UNIT_GATE,
    pattern: new RegExp(
      `\\b(?:(${APPROX})\\s+)?(?:(the|a|an|its|their|his|her)\\s+)?(?:(past|last|next|first|coming|previous|following|final|remaining|full|entire|whole|initial|latest|other|same)\\s+)?(${NUMBER_RE})[\\s-]+(?:(?:more|additional|extra|straight|consecutive|long)\\s+)?(${UNIT_RE})\\b(?!-)`,
      'gi',
    ),
    build: (m, ctx): Built | null => {
      const n = quantity(m[4]!);
      if (n === null) return null;
      const unit = unitOf(m[5]!);
      const number = m[4]!.toLowerCase();
      // "the 1988 quarter", "1990 second": a year, not a count.
      if (typeof n === 'number' && n >= 1000) return null;
      // "a second attack", "a quarter of": not durations; bare "a/an/one" need a real unit word after.
      if ((unit === 'second' || unit === 'quarter') && /^(a|an|one)$/.test(number)) return null;
      // Vague counts ("several", "a few") are the vague-duration rule's.
      if (n === 'X') return null;
      // A count followed by "old" is an age, not a time expression.
      const after = ctx.text.slice(m.index + m[0].length, m.index + m[0].length + 6);
      if (/^[\s-]*old\b/i.test(after)) return null;
      // "a day", "a year" after "times"/"once"/"twice"/"per": a frequency, typed by the set rules.
      const before = ctx.text.slice(Math.max(0, m.index - 8), m.index);
      if (/^(a|an)$/.test(number) && /\b(times|once|twice)\s+$/i.test(before)) return null;
      // "four flights a week", "$2 million a year": a rate of something else, no time expression at all.
      if (/^(a|an)$/.test(number) && !m[1] && !m[2] && RATE_BEFORE.test(ctx.text.slice(Math.max(0, m.index - 40), m.index))) return null;
      // "three-quarters of": a fraction, not three quarters of a year.
      if (/^quarters$/i.test(m[5]!) && m[0].toLowerCase().includes(`${number}-quarters`)) return null;
      // "60 Minutes": a capitalised unit after a numeral inside a sentence is a name (a programme, a title).
      // (After a lower-case word or a quotation mark: in a title-cased headline, "After 90 Minutes" is a duration.)
      if (/^\d/.test(number) && /^[A-Z]/.test(m[5]!) && /(?:(?:^|\s)[a-z][\w'’]*|['’"“,])\s*$/.test(ctx.text.slice(Math.max(0, m.index - 20), m.index))) return null;
      // A leading determiner that TimeML keeps: "the past two months", "the first nine months"; "a" is the count itself.
      const mod = m[1] ? (/more|over|at least|as many|as long/i.test(m[1]) ? 'ON_OR_AFTER' : /less|under|fewer|up to/i.test(m[1]) ? 'ON_OR_BEFORE' : 'APPROX') : undefined;
      return { type: 'DURATION', value: durationValue(n, unit), mod };
    },
  },
  {
    name: 'vague-duration',
    gate: anyWord(['years', 'months', 'weeks', 'days', 'hours', 'minutes', 'decades', 'quarters']),
    pattern: /\b(?:(the\s+(?:past|last)|past|last)\s+)?(?:(several|a few|many|recent|few|some|coming|the coming)\s+)(years|months|weeks|days|hours|minutes|decades|quarters)\b/gi,
    // "the past few months" is the past in general; "recent years", "several days" are vague durations (the
    // gold codes "recent years" as PAST_REF 5 times and as PXY/PXM 6 times: the duration is kept).
    build: (m) => (m[1] ? { type: 'DATE', value: 'PAST_REF' } : { type: 'DURATION', value: durationValue('X', unitOf(m[3]!)) }),
  },
  {
    // "for weeks", "the first time in years", "within weeks", "over the years": a bare plural after the
    // preposition is a vague duration.
    name: 'bare-plural-duration',
    gate: anyWord(['days', 'weeks', 'months', 'years']),
    pattern: /\b(?:for|in|within|over(?:\s+the)?)\s+(days|weeks|months|years)\b(?![-'’])/gi,
    // The preposition is left out of the extent; "the" of "over the years" is kept, as TimeML does.
    build: (m) => ({ type: 'DURATION', value: durationValue('X', unitOf(m[1]!)), dropStart: /^\w+\s+/.exec(m[0])![0].length }),
  },
  {
    name: 'plural-decades',
    gate: anyWord(['decades', 'centuries']),
    pattern: /\b(decades|centuries)\b/gi,
    build: (m) => ({ type: 'DURATION', value: durationValue('X', unitOf(m[1]!)) }),
  },
];
