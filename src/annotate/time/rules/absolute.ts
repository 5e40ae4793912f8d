// Dates written out: "March 22, 2023", "22 March 2023", "Aug. 7", "July 1997", "2023-03-22", "22.03.2023", years, decades.
import { MONTH_RE, MONTH_WORDS, monthNumber, quantity } from '../../../facts/time-words.js';
import { allOf, anyWord } from './gates.js';
import { dayValue, resolveMonth, resolveMonthDay, unitValue } from '../resolve.js';
import { dayNumber, fromDayNumber, isValidDay, isoMonth, isoWeekValue, parseIsoDay } from '../../../text/calendar.js';
import type { Built, RuleContext, TimexRule } from './types.js';

const EDGE = '(?:(early|late|mid-?|the end of|the beginning of|the start of|the middle of|end-|the first half of|the second half of)\\s*)?';

/** A month word only counts when capitalised ("may" and "march" are also verbs). */
const capitalised = (word: string | undefined): boolean => !!word && /^[A-Z]/.test(word);

export function edgeMod(edge: string | undefined): Built['mod'] {
  if (!edge) return undefined;
  const e = edge.toLowerCase();
  if (e.startsWith('early') || e.includes('beginning') || e.includes('start') || e.includes('first half')) return 'START';
  if (e.startsWith('late') || e.includes('end') || e.includes('second half')) return 'END';
  if (e.startsWith('mid') || e.includes('middle')) return 'MID';
  return undefined;
}

/** Every rule that reads a month name needs one of its words. */
export const MONTH_GATE = anyWord(MONTH_WORDS);

const plausibleYear = (y: number): boolean => y >= 1000 && y <= 2199;

/** A determiner or possessive right before a date that then qualifies a noun ("the August 1988 cease-fire",
 * "a March 2014 referendum"). */
const ATTRIBUTIVE_BEFORE = /(?:\bthe|\ban?|['’]s|\bits|\btheir|\bhis|\bher)\s+$/i;
/** Words that put what follows in time: a month-year right after one is the time the story is in (Built.storyYear). */
const STORY_TIME_WORD = '(?:in|since|after|before|until|till|from|during|following|throughout)';
const STORY_MONTH_BEFORE = new RegExp(`\\b${STORY_TIME_WORD}\\s+$`, 'i');
/** A month-year that qualifies the episode whose start or end a time word names ("after the start of Russia's February
 * 2022 invasion") is also the story's time; one that qualifies anything else ("after a March 2014 referendum") is not. */
const STORY_EPISODE_BEFORE = new RegExp(`\\b${STORY_TIME_WORD}\\s+the\\s+(?:start|beginning|outbreak|onset|eve|end)\\s+of\\s+(?:(?:the\\s+)?[A-Za-z]+['’]s|the|its|their)\\s+$`, 'i');
/** A year that sets the scene (see Built.frames): at the head of its sentence ("In 2016, ...", "And in 2022, ..."),
 * or going back outright. */
const FRAMING_YEAR = /(?:(?:^|[.!?]["”’]?\s+|\n\s*)(?:(?:And|But|Then) in|In|Back in)|\b(?:as early as|back in))\s+$/;
/** Words before a bare year that place the narrative in it ("in 2014", "as early as 2014", "since 2014");
 * any other year qualifies something ("the 2014 annexation", "the constitution of 1992"). */
const NARRATIVE_YEAR = /\b(?:in|since|by|from|until|till|during|before|after|around|early as|late as|back in)\s+$/i;

export const ABSOLUTE_RULES: TimexRule[] = [
  {
    name: 'iso-date',
    pattern: /\b(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}))?\b/g,
    build: (m) => {
      const day = dayValue(Number(m[1]), Number(m[2]), Number(m[3]));
      if (!day) return null;
      return m[4] ? { type: 'TIME', value: `${day}T${m[4]}:${m[5]}` } : { type: 'DATE', value: day };
    },
  },
  {
    name: 'month-day-year',
    gate: allOf(MONTH_GATE, /\d{4}/),
    pattern: new RegExp(`\\b${EDGE}(${MONTH_RE})\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b`, 'gi'),
    build: (m) => {
      const month = capitalised(m[2]) ? monthNumber(m[2]!) : null;
      const value = month ? dayValue(Number(m[4]), month, Number(m[3])) : null;
      return value ? { type: 'DATE', value, mod: edgeMod(m[1]) } : null;
    },
  },
  {
    name: 'day-month-year',
    gate: MONTH_GATE,
    pattern: new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?(${MONTH_RE}),?\\s+(\\d{4})\\b`, 'gi'),
    build: (m) => {
      const month = capitalised(m[2]) ? monthNumber(m[2]!) : null;
      const value = month ? dayValue(Number(m[3]), month, Number(m[1])) : null;
      return value ? { type: 'DATE', value } : null;
    },
  },
  {
    // "the week of March 6": the ISO week holding that day.
    name: 'week-of-date',
    gate: allOf(MONTH_GATE, /week of/i),
    pattern: new RegExp(`\\bthe\\s+week\\s+of\\s+(${MONTH_RE})\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:,?\\s+(\\d{4}))?\\b`, 'gi'),
    build: (m, ctx) => {
      const month = capitalised(m[1]) ? monthNumber(m[1]!) : null;
      if (!month) return null;
      const day = m[3] ? dayValue(Number(m[3]), month, Number(m[2])) : resolveMonthDay(ctx.dct, month, Number(m[2]), ctx.tense);
      const n = parseIsoDay(day);
      return n === null ? null : { type: 'DATE', value: isoWeekValue(n) };
    },
  },
  {
    name: 'month-day',
    gate: MONTH_GATE,
    pattern: new RegExp(`\\b(${MONTH_RE})\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(?![\\d:.,]\\d|\\s*(?:%|percent|per cent))`, 'gi'),
    build: (m, ctx) => {
      const month = capitalised(m[1]) ? monthNumber(m[1]!) : null;
      const day = Number(m[2]);
      if (!month || day < 1 || day > 31) return null;
      const value = resolveMonthDay(ctx.dct, month, day, ctx.tense);
      return value ? { type: 'DATE', value, ...focusYear(ctx) } : null;
    },
  },
  {
    name: 'day-month',
    gate: MONTH_GATE,
    pattern: new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?(${MONTH_RE})\\b`, 'gi'),
    build: (m, ctx) => {
      const month = capitalised(m[2]) ? monthNumber(m[2]!) : null;
      const day = Number(m[1]);
      if (!month || day < 1 || day > 31) return null;
      const value = resolveMonthDay(ctx.dct, month, day, ctx.tense);
      return value ? { type: 'DATE', value, ...focusYear(ctx) } : null;
    },
  },
  {
    name: 'month-year',
    gate: MONTH_GATE,
    pattern: new RegExp(`\\b${EDGE}(${MONTH_RE}),?\\s+(?:of\\s+)?(\\d{4})\\b`, 'gi'),
    build: (m, ctx) => {
      const month = capitalised(m[2]) ? monthNumber(m[2]!) : null;
      const year = Number(m[3]);
      if (!month || !plausibleYear(year)) return null;
      // "the August 1988 cease-fire", "Russia's February 2022 invasion": a month that names a thing, not the
      // time the narrative is in.
      const qualifies = ATTRIBUTIVE_BEFORE.test(ctx.text.slice(Math.max(0, m.index - 8), m.index)) && /^\s+[a-z]/.test(ctx.text.slice(m.index + m[0].length, m.index + m[0].length + 3));
      const before = ctx.text.slice(Math.max(0, m.index - 60), m.index);
      const storyYear = qualifies ? STORY_EPISODE_BEFORE.test(before) : STORY_MONTH_BEFORE.test(before);
      return { type: 'DATE', value: isoMonth(year, month), mod: edgeMod(m[1]), ...(qualifies ? { attributive: true } : {}), ...(storyYear ? { storyYear } : {}) };
    },
  },
  {
    // "January this year", "June last year".
    name: 'month-relative-year',
    gate: MONTH_GATE,
    pattern: new RegExp(`\\b${EDGE}(${MONTH_RE})\\s+(?:of\\s+)?(this|last|next) year\\b`, 'gi'),
    build: (m, ctx) => {
      const month = capitalised(m[2]) ? monthNumber(m[2]!) : null;
      if (!month) return null;
      const year = unitValue(ctx.dct, 'year', { this: 0, last: -1, next: 1 }[m[3]!.toLowerCase() as 'this'] ?? 0);
      return { type: 'DATE', value: `${year}-${String(month).padStart(2, '0')}`, mod: edgeMod(m[1]) };
    },
  },
  {
    // Years read out: "nineteen ninety-six", "the year two thousand".
    name: 'spoken-year',
    gate: anyWord(['nineteen', 'twenty', 'thousand']),
    pattern: /\b(?:the year\s+)?(nineteen|twenty|two thousand)(?:[\s-]+(?:and\s+)?(ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[\s-](?:one|two|three|four|five|six|seven|eight|nine))?|one|two|three|four|five|six|seven|eight|nine))?\b/gi,
    build: (m) => {
      const head = m[1]!.toLowerCase();
      const tail = m[2] ? quantity(m[2].replace(/\s/, '-')) : 0;
      if (typeof tail !== 'number') return null;
      if (head === 'two thousand') return /^the year/i.test(m[0]) || m[2] ? { type: 'DATE', value: String(2000 + tail) } : null;
      if (!m[2] || tail < 10) return null;
      return { type: 'DATE', value: String((head === 'nineteen' ? 1900 : 2000) + tail) };
    },
  },
  {
    name: 'month',
    gate: MONTH_GATE,
    pattern: new RegExp(`\\b(?:(last|next|this|this past|this coming)\\s+)?${EDGE}(${MONTH_RE})(?![\\w.]*\\s*\\d)\\b`, 'gi'),
    build: (m, ctx) => monthAlone(m, ctx),
  },
  {
    name: 'numeric-date',
    // The separators usually agree; a typed mix ("28/02.2022") is read by the first one.
    pattern: /\b(\d{1,2})([./])(\d{1,2})[./](\d{4})\b/g,
    build: (m, ctx) => {
      const [a, b, y] = [Number(m[1]), Number(m[3]), Number(m[4])];
      // Dots are day.month.year (European); slashes are month/day/year unless the first number cannot be a
      // month, or unless the day-first reading is the one that fits the report: a news text does not report
      // on a day after it was written, and of two past readings the nearer one is the likelier.
      let dayFirst = m[2] === '.' || a > 12;
      if (!dayFirst && b <= 12 && a !== b && ctx.dct !== null && isValidDay(y, b, a) && isValidDay(y, a, b)) {
        const monthFirstDay = dayNumber(y, a, b);
        const dayFirstDay = dayNumber(y, b, a);
        const ahead = (n: number) => n > ctx.dct! + 1;
        if (ahead(monthFirstDay) && !ahead(dayFirstDay)) dayFirst = true;
        else if (!ahead(monthFirstDay) && !ahead(dayFirstDay) && ctx.dct - dayFirstDay < ctx.dct - monthFirstDay) dayFirst = true;
      }
      const value = dayFirst ? dayValue(y, b, a) : dayValue(y, a, b);
      return value ? { type: 'DATE', value } : null;
    },
  },
  {
    name: 'decade',
    gate: /0'?s/i,
    pattern: /\b(?:(the\s+)?(early|late|mid-?)\s*)?(?:the\s+)?(?:(1[0-9]|20)(\d)0|'(\d)0)'?s\b/gi,
    build: (m, ctx) => {
      let century = m[3];
      const decade = m[4] ?? m[5];
      if (!century) {
        // "the '80s": this century's decade unless that is still ahead of the report year.
        const y = ctx.dct !== null ? fromDayNumber(ctx.dct).y : 1999;
        const c = Math.floor(y / 100);
        century = String(c * 100 + Number(decade) * 10 > y ? c - 1 : c);
      }
      // TimeBank writes "the 1990s" as the decade "199" and a bare "1990s" as "199X".
      const the = /^the\b/i.test(m[0]) || /\bthe\s+$/i.test(ctx.text.slice(Math.max(0, m.index - 4), m.index));
      return { type: 'DATE', value: the ? `${century}${decade}` : `${century}${decade}X`, mod: edgeMod(m[2]) };
    },
  },
  {
    // "the nineties": this century's decade unless it is still ahead of the report year, as "the '90s".
    name: 'spoken-decade',
    gate: anyWord(['twenties', 'thirties', 'forties', 'fifties', 'sixties', 'seventies', 'eighties', 'nineties']),
    pattern: /\bthe\s+(twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)\b/gi,
    build: (m, ctx) => {
      const decade = ['twenties', 'thirties', 'forties', 'fifties', 'sixties', 'seventies', 'eighties', 'nineties'].indexOf(m[1]!.toLowerCase()) + 2;
      const y = ctx.dct !== null ? fromDayNumber(ctx.dct).y : 1999;
      const c = Math.floor(y / 100);
      const century = c * 100 + decade * 10 > y ? c - 1 : c;
      return { type: 'DATE', value: `${century}${decade}` };
    },
  },
  {
    name: 'year',
    gate: /\d{4}/,
    pattern: /(?<![$£€#\d.,]|No\.\s?)\b(?:(fiscal|calendar|the year|FY|early|late|mid-?|the end of|the beginning of|the start of|the middle of|end-|the first half of|the second half of)\s*)?((?:1[5-9]|20)\d{2})\b(?![-–]\d|\s*(?:%|percent|per cent))/gi,
    build: (m, ctx) => {
      const year = Number(m[2]);
      if (!plausibleYear(year)) return null;
      // "2000 troops": a count, unless a date word stands before it ("in 2000", "the 2000 Olympics").
      const before = ctx.text.slice(Math.max(0, m.index - 10), m.index);
      const after = ctx.text.slice(m.index + m[0].length, m.index + m[0].length + 16);
      const dated = m[1] || /\b(?:in|since|by|of|from|until|till|to|during|before|after|the|and|through|between|around|circa|year|than|early|late|mid|spring|summer|fall|autumn|winter)\s+$/i.test(before);
      if (!dated && /^\s+[a-z]+s\b/.test(after) && !/^\s+(?:as|is|was|has|this|its|his|was)\b/.test(after)) return null;
      // "closed at 2082.1": four digits with decimals are a quantity, not a year.
      if (/^\.\d/.test(after)) return null;
      const frames = !m[1] && FRAMING_YEAR.test(ctx.text.slice(Math.max(0, m.index - 30), m.index));
      return { type: 'DATE', value: String(year), mod: edgeMod(m[1]), ...(m[1] || NARRATIVE_YEAR.test(before) ? {} : { attributive: true }), ...(frames ? { frames } : {}) };
    },
  },
];

/** A yearless day told in the past or present may belong to the years-away narrative the text is in; one the
 * sentence looks ahead to ("will join on March 12") is the report's own coming day. */
function focusYear(ctx: RuleContext): Pick<Built, 'anaphor'> {
  return ctx.tense === 'future' ? {} : { anaphor: 'focus-year' };
}

function monthAlone(m: RegExpExecArray, ctx: RuleContext): Built | null {
  const word = m[3]!;
  const month = capitalised(word) ? monthNumber(word) : null;
  if (!month) return null;
  // A bare abbreviation without its full stop ("Jan", "Dec") is a name or a fragment more often than a month.
  if (/^[a-z]{3,4}$/i.test(word) && word.length < 5 && !/^(may|june|july)$/i.test(word)) return null;
  const shift = m[1]?.toLowerCase();
  // "May" alone is mostly the modal verb, "March" a verb or name: accept them only with a date word before.
  if ((month === 5 || month === 3) && !m[1] && !m[2]) {
    const before = ctx.text.slice(Math.max(0, m.index - 12), m.index);
    if (!/\b(in|since|until|till|by|from|of|during|before|after|through|to|early|late|mid|and)\s+$/i.test(before)) return null;
  }
  const s = shift === 'last' ? 'last-named' : shift === 'this past' ? 'last' : shift === 'next' || shift === 'this coming' ? 'next' : shift === 'this' ? 'this' : null;
  return { type: 'DATE', value: resolveMonth(ctx.dct, month, ctx.tense, s), mod: edgeMod(m[2]) };
}

