// Date strings as pages write them (ISO 8601, RFC 2822, "March 7, 2023", "7 March 2023", 2023/03/07,
// 07.03.2023, unix seconds) to ISO. Each format is one entry of DATE_FORMATS; a parser returns null
// rather than guessing. Times keep the page's own zone, so the calendar day stays the page's day.

const MONTHS: Readonly<Record<string, number>> = {
  jan: 1, january: 1, feb: 2, february: 2, mar: 3, march: 3, apr: 4, april: 4, may: 5, jun: 6, june: 6,
  jul: 7, july: 7, aug: 8, august: 8, sep: 9, sept: 9, september: 9, oct: 10, october: 10, nov: 11,
  november: 11, dec: 12, december: 12,
  // German, French, Spanish, Italian, Portuguese, Dutch (the common ones that differ from English)
  januar: 1, janvier: 1, enero: 1, gennaio: 1, janeiro: 1, januari: 1, februar: 2, février: 2, fevrier: 2,
  febrero: 2, febbraio: 2, fevereiro: 2, februari: 2, märz: 3, maerz: 3, mars: 3, marzo: 3, março: 3, maart: 3,
  avril: 4, abril: 4, aprile: 4, mai: 5, mayo: 5, maggio: 5, maio: 5, mei: 5, juni: 6, juin: 6, junio: 6,
  giugno: 6, junho: 6, juli: 7, juillet: 7, julio: 7, luglio: 7, julho: 7, août: 8, aout: 8, agosto: 8,
  augustus: 8, septembre: 9, septiembre: 9, settembre: 9, setembro: 9, oktober: 10, octobre: 10, octubre: 10,
  ottobre: 10, outubro: 10, novembre: 11, noviembre: 11, novembro: 11, dezember: 12, décembre: 12,
  decembre: 12, diciembre: 12, dicembre: 12, dezembro: 12,
  // Ukrainian and Russian (genitive, as dates write them: "22 березня 2023", "22 марта 2023"; and nominative)
  січня: 1, лютого: 2, березня: 3, квітня: 4, травня: 5, червня: 6, липня: 7, серпня: 8, вересня: 9, жовтня: 10,
  листопада: 11, грудня: 12, січень: 1, лютий: 2, березень: 3, квітень: 4, травень: 5, червень: 6, липень: 7,
  серпень: 8, вересень: 9, жовтень: 10, листопад: 11, грудень: 12,
  января: 1, февраля: 2, марта: 3, апреля: 4, мая: 5, июня: 6, июля: 7, августа: 8, сентября: 9, октября: 10,
  ноября: 11, декабря: 12, январь: 1, февраль: 2, март: 3, апрель: 4, май: 5, июнь: 6, июль: 7, август: 8,
  сентябрь: 9, октябрь: 10, ноябрь: 11, декабрь: 12,
  // Polish (genitive)
  stycznia: 1, lutego: 2, marca: 3, kwietnia: 4, maja: 5, czerwca: 6, lipca: 7, sierpnia: 8, września: 9,
  października: 10, listopada: 11, grudnia: 12,
};

/**
 * The month a written month name stands for: the full name, or an abbreviation that begins only month names
 * of one month ("ago" agosto, "dic" diciembre/dicembre, "okt", "sept"); an abbreviation that could begin two
 * different months, or a word no month name begins with, is no month.
 */
export function monthOf(word: string): number | null {
  const w = word.toLowerCase();
  const whole = MONTHS[w];
  if (whole !== undefined) return whole;
  if (w.length < 3) return null;
  const known = abbreviations.get(w);
  if (known !== undefined) return known;
  let month: number | null = null;
  for (const [name, n] of Object.entries(MONTHS)) {
    if (!name.startsWith(w)) continue;
    if (month !== null && month !== n) {
      month = null;
      break;
    }
    month = n;
  }
  abbreviations.set(w, month);
  return month;
}

/** Abbreviations already looked up (pages repeat the same few). */
const abbreviations = new Map<string, number | null>();

const MONTH_NAME = '(\\p{L}{3,12})\\.?';
/** A clock time after the date: "at 4:05 pm", ", 14:35", "о 14:35" (uk), "в 14:35" (ru), "o 14:35" (pl), "um 14:35". */
const TIME = '(?:(?:\\s*(?:at|um|à|alle|о|в|o|,|-|–|\\|))?\\s+(\\d{1,2})[:.h](\\d{2})(?::(\\d{2}))?\\s*([ap]\\.?m\\.?)?)?';
/** The word some languages put after the year: "2023 року", "2023 г.", "2023 roku". */
const YEAR_WORD = '(?:\\s+(?:року|р\\.|года|г\\.|roku|r\\.))?';

interface DateParts {
  y: number;
  m: number;
  d: number;
  hh?: number;
  mm?: number;
  ss?: number;
  zone?: string;
}

type DateFormat = (s: string) => DateParts | null;

const iso: DateFormat = (s) => {
  const m = /^\s*(\d{4})-(\d{1,2})-(\d{1,2})(?:[T\s]+(\d{1,2}):(\d{2})(?::(\d{2}))?(?:[.,]\d+)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?)?/i.exec(s);
  if (!m) return null;
  const parts: DateParts = { y: +m[1]!, m: +m[2]!, d: +m[3]! };
  if (m[4] !== undefined) Object.assign(parts, { hh: +m[4], mm: +m[5]!, ss: m[6] ? +m[6] : 0, zone: zoneOf(m[7]) });
  return parts;
};

const compact: DateFormat = (s) => {
  const m = /^\s*(\d{4})(\d{2})(\d{2})(?:T?(\d{2})(\d{2})(\d{2})?)?\s*(Z|[+-]\d{2}:?\d{2})?\s*$/.exec(s);
  if (!m) return null;
  const parts: DateParts = { y: +m[1]!, m: +m[2]!, d: +m[3]! };
  if (m[4] !== undefined) Object.assign(parts, { hh: +m[4], mm: +m[5]!, ss: m[6] ? +m[6] : 0, zone: zoneOf(m[7]) });
  return parts;
};

/** 2023/03/07, 2023.03.07, and 2023-03-07 after a label ("Published: 2023-03-07"): one separator throughout. */
const YEAR_FIRST = new RegExp(`(?:^|[\\s:(|,])(\\d{4})([/.-])(\\d{1,2})\\2(\\d{1,2})(?!\\d|[/.-]\\d)${TIME}`);
const yearFirst: DateFormat = (s) => {
  const m = YEAR_FIRST.exec(s);
  return m ? withTime({ y: +m[1]!, m: +m[3]!, d: +m[4]! }, m, 5) : null;
};

/** 07.03.2023 is day-first everywhere; 03/07/2023 is month-first unless the first number exceeds 12. */
const NUMERIC = new RegExp(`(?:^|\\s)(\\d{1,2})([/.-])(\\d{1,2})\\2(\\d{4})\\b${TIME}`);
const numericDayMonth: DateFormat = (s) => {
  const m = NUMERIC.exec(s);
  if (!m) return null;
  const a = +m[1]!;
  const b = +m[3]!;
  const dayFirst = m[2] !== '/' || a > 12;
  return withTime({ y: +m[4]!, m: dayFirst ? b : a, d: dayFirst ? a : b }, m, 5);
};

// \b is ASCII-only: a lookbehind keeps "березня" whole.
const MONTH_DAY_YEAR = new RegExp(`(?<!\\p{L})${MONTH_NAME}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b${TIME}`, 'iu');
const DAY_MONTH_YEAR = new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th|\\.)?\\s+(?:de\\s+)?${MONTH_NAME}(?:\\s+de)?,?\\s+(\\d{4})\\b${YEAR_WORD}${TIME}`, 'iu');

/** 04-Aug-2021, 04/ago/2021: day, month name and year joined by one hyphen or slash (database and log style). */
const DAY_MONTH_YEAR_JOINED = /(?<![\p{L}\d])(\d{1,2})([-/])(\p{L}{3,12})\2(\d{4})(?!\d)/u;

const monthDayYear: DateFormat = (s) => {
  const m = MONTH_DAY_YEAR.exec(s);
  if (!m) return null;
  const month = monthOf(m[1]!);
  return month ? withTime({ y: +m[3]!, m: month, d: +m[2]! }, m, 4) : null;
};

const dayMonthYear: DateFormat = (s) => {
  const m = DAY_MONTH_YEAR.exec(s);
  if (!m) return null;
  const month = monthOf(m[2]!);
  return month ? withTime({ y: +m[3]!, m: month, d: +m[1]! }, m, 4) : null;
};

const dayMonthYearJoined: DateFormat = (s) => {
  const m = DAY_MONTH_YEAR_JOINED.exec(s);
  if (!m) return null;
  const month = monthOf(m[3]!);
  if (!month) return null;
  const time = new RegExp(`^${TIME}`, 'iu').exec(s.slice(m.index + m[0].length));
  const parts: DateParts = { y: +m[4]!, m: month, d: +m[1]! };
  return time && time[1] !== undefined ? withTime(parts, time, 1) : parts;
};

const unixTime: DateFormat = (s) => {
  const m = /^\s*(\d{10})(\d{3})?\s*$/.exec(s);
  if (!m) return null;
  const d = new Date(+m[1]! * 1000);
  return { y: d.getUTCFullYear(), m: d.getUTCMonth() + 1, d: d.getUTCDate(), hh: d.getUTCHours(), mm: d.getUTCMinutes(), ss: d.getUTCSeconds(), zone: 'Z' };
};

/** Tried in order; the first that reads the whole date wins. */
export const DATE_FORMATS: ReadonlyArray<{ name: string; parse: DateFormat }> = [
  { name: 'iso', parse: iso },
  { name: 'compact', parse: compact },
  { name: 'unix', parse: unixTime },
  { name: 'year-first', parse: yearFirst },
  { name: 'month-day-year', parse: monthDayYear },
  { name: 'day-month-year', parse: dayMonthYear },
  { name: 'day-month-year joined', parse: dayMonthYearJoined },
  { name: 'numeric', parse: numericDayMonth },
];

/** Every format has digits: most texts asked about that have none are turned away with one test. */
const HAS_DIGIT = /\d/;

/** An ISO date or date-time for a date string, or null. */
export function parsePageDate(s: string | null | undefined): string | null {
  if (!s || s.length > 300 || !HAS_DIGIT.test(s)) return null;
  for (const f of DATE_FORMATS) {
    const p = f.parse(s);
    if (p && valid(p)) return format(p);
  }
  return null;
}

function withTime(parts: DateParts, m: RegExpExecArray, at: number): DateParts {
  if (m[at] === undefined) return parts;
  let hh = +m[at]!;
  const ampm = m[at + 3]?.toLowerCase().replace(/\./g, '');
  if (ampm === 'pm' && hh < 12) hh += 12;
  if (ampm === 'am' && hh === 12) hh = 0;
  return { ...parts, hh, mm: +m[at + 1]!, ss: m[at + 2] ? +m[at + 2]! : 0 };
}

function zoneOf(z: string | undefined): string | undefined {
  if (!z) return undefined;
  if (z.toUpperCase() === 'Z') return 'Z';
  const digits = z.replace(':', '');
  return digits.length === 3 ? `${digits}:00` : `${digits.slice(0, 3)}:${digits.slice(3, 5)}`;
}

function valid(p: DateParts): boolean {
  if (p.y < 1990 || p.y > 2100 || p.m < 1 || p.m > 12 || p.d < 1 || p.d > 31) return false;
  if (p.hh !== undefined && (p.hh > 23 || (p.mm ?? 0) > 59)) return false;
  return true;
}

const pad = (n: number): string => String(n).padStart(2, '0');

function format(p: DateParts): string {
  const day = `${p.y}-${pad(p.m)}-${pad(p.d)}`;
  if (p.hh === undefined) return day;
  return `${day}T${pad(p.hh)}:${pad(p.mm ?? 0)}:${pad(p.ss ?? 0)}${p.zone ?? ''}`;
}
