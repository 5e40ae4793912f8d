// A publication date read from a document's file name or URL, for documents that carry none inside:
// archives and news sites name their files and paths by the day (`20230606T060000Z_…`, `2023-06-06-…`,
// `/2023/06/06/`). Parsers as ordered data, most exact first; each returns null when its form is absent
// or names no real day.

export interface NameDate {
  /** ISO date, or date-time in UTC when the name gives one. */
  published: string;
  /** The part of the name the date was read from, kept as the date's evidence. */
  evidence: string;
  /** Which name held it. */
  from: 'file name' | 'URL path' | 'path';
}

interface NameDateParser {
  /** Where the form is looked for: the last path segment, or the whole path or URL. */
  scope: 'basename' | 'path';
  pattern: RegExp;
  /** Groups: year, month, day, then hours, minutes, seconds when the form has a time. */
  timed: boolean;
}

const NAME_DATE_PARSERS: readonly NameDateParser[] = [
  // 20230606T060000Z_… : a UTC timestamp.
  { scope: 'basename', pattern: /(?<![0-9])(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z/, timed: true },
  // 2023-06-06-… or …_2023-06-06.txt : a day, not inside a longer number.
  { scope: 'basename', pattern: /(?<![0-9])(\d{4})-(\d{2})-(\d{2})(?![0-9])/, timed: false },
  // …/2023/06/06/… : a day as folders, the way news sites build their URLs.
  { scope: 'path', pattern: /\/(\d{4})\/(\d{2})\/(\d{2})(?=\/)/, timed: false },
];

/** Years a news document's name can plausibly state; anything else is an id that happens to look like one. */
const FIRST_YEAR = 1990;
const LAST_YEAR = 2100;

function realDay(y: number, m: number, d: number): boolean {
  if (y < FIRST_YEAR || y > LAST_YEAR || m < 1 || m > 12 || d < 1) return false;
  return d <= new Date(Date.UTC(y, m, 0)).getUTCDate();
}

function pathOf(name: string): string {
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(name)) {
    try {
      return new URL(name).pathname;
    } catch {
      return name;
    }
  }
  return name.replace(/\\/g, '/');
}

/** The date a file path or URL states, or null. Only the path of a URL is read, never its host or query. */
export function dateFromName(name: string | null | undefined): NameDate | null {
  if (!name) return null;
  const path = pathOf(name);
  const base = path.slice(path.lastIndexOf('/') + 1);
  for (const parser of NAME_DATE_PARSERS) {
    const m = parser.pattern.exec(parser.scope === 'basename' ? base : `${path}/`);
    if (!m) continue;
    const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
    if (!realDay(y, mo, d)) continue;
    const day = `${m[1]}-${m[2]}-${m[3]}`;
    const from = parser.scope === 'basename' ? 'file name' : /^[a-z][a-z0-9+.-]*:\/\//i.test(name) ? 'URL path' : 'path';
    if (!parser.timed) return { published: day, evidence: m[0], from };
    const [h, mi, s] = [Number(m[4]), Number(m[5]), Number(m[6])];
    if (h > 23 || mi > 59 || s > 59) continue;
    return { published: `${day}T${m[4]}:${m[5]}:${m[6]}Z`, evidence: m[0], from };
  }
  return null;
}
