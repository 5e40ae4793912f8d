// The days a TIMEX3-style date value covers, as inclusive ISO dates: what the ledger indexes so that
// `--since/--until` can compare a day, a week, a month and a year alike. Rules are tried in order.

export interface DayRange {
  start: string;
  end: string;
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');
const iso = (d: Date) => `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
const lastDayOfMonth = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();

const RULES: ReadonlyArray<{ pattern: RegExp; range: (m: RegExpMatchArray) => DayRange | null }> = [
  // 2023-03-22, 2023-03-22T10:00 ...
  {
    pattern: /^(\d{4})-(\d{2})-(\d{2})(?:T.*)?$/,
    range: (m) => {
      const [month, day] = [Number(m[2]), Number(m[3])];
      // No such day ("2022-13-01", "2023-02-30"): no days at all, rather than a string no day sorts like.
      if (month < 1 || month > 12 || day < 1 || day > lastDayOfMonth(Number(m[1]), month)) return null;
      return { start: `${m[1]}-${m[2]}-${m[3]}`, end: `${m[1]}-${m[2]}-${m[3]}` };
    },
  },
  // 2023-W12: the ISO week, Monday to Sunday.
  {
    pattern: /^(\d{4})-W(\d{2})$/,
    range: (m) => {
      const year = Number(m[1]);
      const week = Number(m[2]);
      if (week < 1 || week > 53) return null;
      const jan4 = new Date(Date.UTC(year, 0, 4));
      const monday = new Date(jan4.getTime() - ((jan4.getUTCDay() + 6) % 7) * 86_400_000 + (week - 1) * 7 * 86_400_000);
      return { start: iso(monday), end: iso(new Date(monday.getTime() + 6 * 86_400_000)) };
    },
  },
  // 2023-Q2
  {
    pattern: /^(\d{4})-Q([1-4])$/,
    range: (m) => {
      const y = Number(m[1]);
      const first = (Number(m[2]) - 1) * 3 + 1;
      return { start: `${m[1]}-${pad(first)}-01`, end: `${m[1]}-${pad(first + 2)}-${pad(lastDayOfMonth(y, first + 2))}` };
    },
  },
  // 2023-03
  {
    pattern: /^(\d{4})-(\d{2})$/,
    range: (m) => {
      const month = Number(m[2]);
      if (month < 1 || month > 12) return null;
      return { start: `${m[1]}-${m[2]}-01`, end: `${m[1]}-${m[2]}-${pad(lastDayOfMonth(Number(m[1]), month))}` };
    },
  },
  // 2023
  { pattern: /^(\d{4})$/, range: (m) => ({ start: `${m[1]}-01-01`, end: `${m[1]}-12-31` }) },
];

const DAY_MS = 86_400_000;

/** Days since 1970-01-01 of the leading YYYY-MM-DD of an ISO date or date-time. */
export function dayNumberOf(iso: string): number {
  return Math.floor(Date.parse(`${iso.slice(0, 10)}T00:00:00Z`) / DAY_MS);
}

/** The ISO day `by` days after (or before, when negative) the leading day of `iso`. */
export function shiftDay(iso: string, by: number): string {
  return new Date((dayNumberOf(iso) + by) * DAY_MS).toISOString().slice(0, 10);
}

/** The day range of a date value, or null when it names no definite stretch of days ("PRESENT_REF"). */
export function dayRangeOf(value: string | null | undefined): DayRange | null {
  if (!value) return null;
  for (const rule of RULES) {
    const m = value.trim().match(rule.pattern);
    if (m) return rule.range(m);
  }
  return null;
}

/** An event date's days: its explicit start/end when given, else what its value covers. */
export function eventDays(date: { value?: unknown; start?: unknown; end?: unknown } | null | undefined): DayRange | null {
  if (!date) return null;
  const fromValue = typeof date.value === 'string' ? dayRangeOf(date.value) : null;
  const start = typeof date.start === 'string' ? dayRangeOf(date.start)?.start : undefined;
  const end = typeof date.end === 'string' ? dayRangeOf(date.end)?.end : undefined;
  if (!fromValue && !start && !end) return null;
  return { start: start ?? fromValue?.start ?? end!, end: end ?? fromValue?.end ?? start! };
}
