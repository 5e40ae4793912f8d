// Words for months, weekdays, numbers and units, as lookup tables. The rule patterns are built from these.

export const MONTHS: ReadonlyArray<readonly [number, string]> = [
  [1, 'january|jan\\.?'],
  [2, 'february|feb\\.?'],
  [3, 'march|mar\\.'],
  [4, 'april|apr\\.?'],
  [5, 'may'],
  [6, 'june|jun\\.?'],
  [7, 'july|jul\\.?'],
  [8, 'august|aug\\.?'],
  [9, 'september|sept?\\.?'],
  [10, 'october|oct\\.?'],
  [11, 'november|nov\\.?'],
  [12, 'december|dec\\.?'],
];

/** Alternation of every month spelling (longest first so "March" wins over "Mar."). */
export const MONTH_RE = MONTHS.map(([, re]) => re).join('|');

/** Every month spelling as a bare word ("jan" for "Jan."; "sept" and "sep"), for word gates (rules/gates.ts). */
export const MONTH_WORDS: readonly string[] = MONTHS.flatMap(([, re]) =>
  re.split('|').flatMap((alt) => {
    const word = alt.replace(/\\\.\??$/, '');
    return word.endsWith('?') ? [word.slice(0, -1), word.slice(0, -2)] : [word];
  }),
);

const MONTH_TESTS = MONTHS.map(([n, re]) => [n, new RegExp(`^(?:${re})$`)] as const);

export function monthNumber(word: string): number | null {
  const w = word.toLowerCase().replace(/\.$/, '');
  for (const [n, re] of MONTH_TESTS) if (re.test(w) || re.test(`${w}.`)) return n;
  return null;
}

export const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'] as const;
export const WEEKDAY_RE = 'sunday|monday|tuesday|wednesday|thursday|friday|saturday';

export function weekdayNumber(word: string): number | null {
  const i = WEEKDAYS.indexOf(word.toLowerCase() as (typeof WEEKDAYS)[number]);
  return i >= 0 ? i : null;
}

const SMALL: Record<string, number> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18,
  nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
  hundred: 100, half: 0.5, dozen: 12,
};
/** Quantities too vague to count: the value gets an X ("several years" = PXY). */
const VAGUE = new Set(['several', 'few', 'a few', 'many', 'some', 'recent', 'the past few']);

export const NUMBER_RE =
  '\\d+ 1/2|\\d+(?:\\.\\d+)?|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|a hundred|hundred|a dozen|dozen|a|an|several|a few|a couple of|few|many|some';

/** The number a quantity word or numeral stands for; 'X' when vague; null when it is not a quantity. */
export function quantity(word: string): number | 'X' | null {
  const w = word.toLowerCase().trim().replace(/\s+/g, ' ');
  if (/^\d+(\.\d+)?$/.test(w)) return Number(w);
  if (VAGUE.has(w)) return 'X';
  if (w === 'a hundred') return 100;
  if (w === 'a couple of' || w === 'couple of') return 2;
  const frac = /^(\d+) 1\/2$/.exec(w);
  if (frac) return Number(frac[1]) + 0.5;
  if (w === 'a dozen') return 12;
  const parts = w.split(/[- ]/);
  if (parts.length === 2 && SMALL[parts[0]!] !== undefined && SMALL[parts[1]!] !== undefined)
    return SMALL[parts[0]!]! + SMALL[parts[1]!]!;
  return SMALL[w] ?? null;
}

/** Calendar units and their TIMEX3 duration letters (time units go after the T). */
export const UNITS: Record<string, { letter: string; time?: boolean }> = {
  second: { letter: 'S', time: true },
  minute: { letter: 'M', time: true },
  hour: { letter: 'H', time: true },
  day: { letter: 'D' },
  night: { letter: 'D' },
  week: { letter: 'W' },
  weekend: { letter: 'WE' },
  fortnight: { letter: 'W' },
  month: { letter: 'M' },
  quarter: { letter: 'Q' },
  year: { letter: 'Y' },
  decade: { letter: 'DE' },
  century: { letter: 'CE' },
};
export const UNIT_RE = 'seconds?|minutes?|hours?|days?|nights?|weeks?|fortnights?|months?|quarters?|years?|decades?|centur(?:y|ies)';

export function unitOf(word: string): string {
  const w = word.toLowerCase();
  if (w.startsWith('centur')) return 'century';
  return w.replace(/s$/, '');
}

/** A TIMEX3 duration value: P3D, PT5H, P2W, PXY ... */
export function durationValue(n: number | 'X', unit: string): string {
  const u = UNITS[unit] ?? { letter: 'X' };
  let count: string;
  let letter = u.letter;
  if (n === 'X') count = 'X';
  else if (unit === 'fortnight') count = String(n * 2);
  else if (Number.isInteger(n)) count = String(n);
  else if (unit === 'year') return Number.isInteger(n * 2) ? `P${Math.floor(n)}Y6M` : `P${Math.round(n * 12)}M`;
  else if (unit === 'day') return `P${Math.floor(n)}DT${Math.round((n % 1) * 24)}H`;
  else if (unit === 'hour') return `PT${Math.floor(n)}H${Math.round((n % 1) * 60)}M`;
  else if (unit === 'minute') return `PT${Math.floor(n)}M${Math.round((n % 1) * 60)}S`;
  else count = String(n);
  if (letter === 'DE' && count !== 'X') return `P${Number(count) * 10}Y`;
  if (letter === 'CE' && count !== 'X') return `P${Number(count) * 100}Y`;
  if (letter === 'CE') letter = 'C';
  if (letter === 'Q' && count !== 'X') return `P${Number(count) * 3}M`;
  return `P${u.time ? 'T' : ''}${count}${letter}`;
}

export const ORDINAL: Record<string, number> = {
  first: 1, second: 2, third: 3, fourth: 4, '1st': 1, '2nd': 2, '3rd': 3, '4th': 4,
};

export const SEASONS: Record<string, string> = {
  spring: 'SP', summer: 'SU', fall: 'FA', autumn: 'FA', winter: 'WI',
};

export const PART_OF_DAY: Record<string, string> = {
  morning: 'MO', afternoon: 'AF', evening: 'EV', night: 'NI',
};
