// Time expressions in Ukrainian and Russian: chrono's parsers for the language (chrono.uk, chrono.ru) find
// them and fix their calendar fields against the report time, read in the zone the report was written in (a
// post at 23:27 UTC is the next day in Kyiv and Moscow, and "сегодня" means that day). Then ordered, named
// refiners (chrono's own style) add what chrono does not read in news: the day a clock time belongs to, "в ночь
// на 25 ноября", "минулої доби", weekdays of the past. Values are the TIMEX3 values the English tagger gives.
import type { ParsedComponents, ParsedResult } from 'chrono-node';
import type { FoundDate } from '../../dating/index.js';
import type { Sentence, Timex } from '../../annotate/types.js';
import { describeValue } from '../../annotate/time/value.js';
import { countStep, countingSteps } from '../../text/step-counts.js';
import type { SlavicLanguage } from './language.js';

/** A time expression on its way: where it stands and the calendar fields it fixes. */
interface Found {
  start: number;
  end: number;
  /** Year, month, day of the local calendar; null where the text and the report time leave it open. */
  year: number | null;
  month: number | null;
  day: number | null;
  /** The clock, when the text states one ("11:10", "в 14 часов"). */
  hour: number | null;
  minute: number | null;
  /** A part of the day without a clock ("вночі", "утром"): TIMEX3's MO/AF/EV/NI. */
  part: 'MO' | 'AF' | 'EV' | 'NI' | null;
  /** The day was not stated: chrono took the report's day (a bare clock, "этой ночью"). */
  dayImplied: boolean;
  /** Only a weekday was stated ("у суботу"). */
  weekdayOnly: boolean;
}

/** The offset of a zone from UTC at an instant, in minutes (Intl knows the zone's rules; chrono takes minutes). */
function offsetMinutes(timeZone: string, at: Date): number {
  const name = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'longOffset' }).formatToParts(at).find((p) => p.type === 'timeZoneName')?.value ?? 'GMT';
  const m = /GMT([+-])(\d{2}):(\d{2})/.exec(name);
  return m ? (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3])) : 0;
}

/** The report time as an instant: a bare day is taken at its local noon. */
function reportInstant(reportTime: string): Date | null {
  const at = new Date(/^\d{4}-\d{2}-\d{2}$/.test(reportTime) ? `${reportTime}T12:00:00Z` : reportTime);
  return Number.isNaN(at.getTime()) ? null : at;
}

function partOfDay(hour: number): Found['part'] {
  if (hour < 5 || hour >= 22) return 'NI';
  if (hour < 12) return 'MO';
  if (hour < 18) return 'AF';
  return 'EV';
}

function fromComponents(c: ParsedComponents, start: number, end: number, text: string, dated: boolean, parts: SlavicLanguage['timeWords']['dayParts']): Found {
  const known = (k: 'year' | 'month' | 'day' | 'hour' | 'minute' | 'weekday') => c.isCertain(k);
  const field = (k: 'year' | 'month' | 'day') => (dated || known(k) ? (c.get(k) ?? null) : null);
  const hasClock = known('hour') && /\d/.test(text);
  return {
    start, end,
    year: field('year'), month: field('month'), day: field('day'),
    hour: hasClock ? c.get('hour') : null,
    minute: hasClock ? (c.get('minute') ?? 0) : null,
    part: hasClock ? null : (parts.find(([, re]) => re.test(text))?.[0] ?? (known('hour') ? partOfDay(c.get('hour') ?? 12) : null)),
    dayImplied: !known('day') && !known('weekday'),
    weekdayOnly: known('weekday') && !known('day'),
  };
}

/** Step 1: chrono's parse of the whole text. */
function parse(text: string, lang: SlavicLanguage, at: Date | null): Found[] {
  const ref = at ? { instant: at, timezone: offsetMinutes(lang.timeZone, at) } : { instant: new Date(Date.UTC(2000, 0, 1)), timezone: 0 };
  const out: Found[] = [];
  // Spellings chrono does not know, respelt letter for letter so that offsets stay ("Учора" -> "Вчора").
  let spelt = text;
  for (const [re, to] of lang.timeWords.respell) spelt = spelt.replace(re, (w) => (/^\p{Lu}/u.test(w) ? to[0]!.toUpperCase() + to.slice(1) : to));
  for (const r of lang.chrono.parse(spelt, ref) as ParsedResult[]) {
    // Without a report time a relative word ("вчора") would be counted from the placeholder reference: only what states a number is read.
    if (!at && !/\d/.test(r.text)) continue;
    // chrono's patterns take the white space before a word as its left edge.
    const lead = r.text.length - r.text.trimStart().length;
    out.push(fromComponents(r.start, r.index + lead, r.index + r.text.trimEnd().length, text.slice(r.index, r.index + r.text.length).trim(), at !== null, lang.timeWords.dayParts));
  }
  return out;
}

type Refiner = (found: Found[], text: string, ctx: { lang: SlavicLanguage; at: Date | null; sentences: readonly Sentence[] }) => Found[];

/** The local calendar day of the report, as [year, month, day]. */
function reportDay(lang: SlavicLanguage, at: Date): [number, number, number] {
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone: lang.timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(at).split('-').map(Number);
  return [parts[0]!, parts[1]!, parts[2]!];
}

function addDays([y, m, d]: [number, number, number], n: number): [number, number, number] {
  const t = new Date(Date.UTC(y, m - 1, d + n));
  return [t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate()];
}

/** Expressions chrono leaves out, each with the calendar field they fix, from the language's lists. */
const lastDay: Refiner = (found, text, { lang, at }) => {
  if (!at) return found;
  const [year, month, day] = reportDay(lang, at);
  const added: Found[] = [];
  for (const m of text.matchAll(lang.timeWords.lastDay)) {
    const start = m.index;
    const end = start + m[0].length;
    if (found.some((f) => f.start < end && start < f.end)) continue;
    // The day the report closes: the gold of news coding dates a "past 24 hours" summary to its report day.
    added.push({ start, end, year, month, day, hour: null, minute: null, part: null, dayImplied: false, weekdayOnly: false });
  }
  return [...found, ...added].sort((a, b) => a.start - b.start);
};

/** "в ночь на 25 ноября", "у ніч на 25 листопада": the night that ends on the named day; the phrase joins the date. */
const nightBefore: Refiner = (found, text, { lang }) =>
  found.map((f) => {
    const before = text.slice(Math.max(0, f.start - 16), f.start);
    const m = lang.timeWords.nightBefore.exec(before);
    return m && f.day !== null && !f.dayImplied ? { ...f, start: f.start - m[0].length, part: 'NI' as const } : f;
  });

/** A clock with no day of its own ("близько 11:10") is on the day stated before it in its sentence, else the report's. */
const clockTakesDay: Refiner = (found, _text, { sentences }) => {
  const sentenceOf = (at: number) => sentences.find((s) => s.start <= at && at < s.end);
  return found.map((f, i) => {
    if (f.hour === null || !f.dayImplied) return f;
    const s = sentenceOf(f.start);
    for (let k = i - 1; k >= 0; k--) {
      const d = found[k]!;
      if (s && d.start < s.start) break;
      if (d.hour === null && !d.dayImplied && d.day !== null) return { ...f, year: d.year, month: d.month, day: d.day, dayImplied: false };
    }
    return f;
  });
};

/** A bare weekday in a report is the last one, not the next (chrono takes the nearest of either). */
const pastWeekday: Refiner = (found, _text, { lang, at }) => {
  if (!at) return found;
  const today = reportDay(lang, at);
  const key = ([y, m, d]: [number, number, number]) => y * 10000 + m * 100 + d;
  return found.map((f) => {
    if (!f.weekdayOnly || f.year === null || f.month === null || f.day === null) return f;
    const day: [number, number, number] = [f.year, f.month, f.day];
    if (key(day) <= key(today)) return f;
    const [year, month, d] = addDays(day, -7);
    return { ...f, year, month, day: d };
  });
};

/** The refiners after chrono's parse, in order; `npm run eval -- --rules` counts what each changed. */
const REFINERS: ReadonlyArray<readonly [string, Refiner]> = [
  ['last-day', lastDay],
  ['night-before', nightBefore],
  ['clock-takes-day', clockTakesDay],
  ['past-weekday', pastWeekday],
];

const pad = (n: number) => String(n).padStart(2, '0');

/** The TIMEX3 type and value, or null when nothing of the calendar is fixed. */
function valueOf(f: Found): { type: Timex['type']; value: string } | null {
  if (f.month === null && f.year === null) return null;
  const date = `${f.year ?? 'XXXX'}-${f.month === null ? 'XX' : pad(f.month)}` + (f.day === null ? '' : `-${pad(f.day)}`);
  if (f.hour !== null && f.day !== null) return { type: 'TIME', value: `${date}T${pad(f.hour)}:${pad(f.minute ?? 0)}` };
  if (f.part && f.day !== null) return { type: 'TIME', value: `${date}T${f.part}` };
  return { type: 'DATE', value: date };
}

function refined(text: string, lang: SlavicLanguage, reportTime: string | null, sentences: readonly Sentence[], countAs: string): Found[] {
  const at = reportTime ? reportInstant(reportTime) : null;
  let found = parse(text, lang, at);
  for (const [name, refine] of REFINERS) {
    const before = countingSteps ? JSON.stringify(found) : '';
    found = refine(found, text, { lang, at, sentences });
    if (countingSteps && JSON.stringify(found) !== before) countStep(countAs, `${lang.code}:${name}`);
  }
  return found;
}

/** The annotate stage's time expressions of one section. */
export function slavicTimexes(text: string, reportTime: string | null, sentences: readonly Sentence[], lang: SlavicLanguage): Timex[] {
  const out: Timex[] = [];
  for (const f of refined(text, lang, reportTime, sentences, 'time')) {
    const v = valueOf(f);
    if (v) out.push({ start: f.start, end: f.end, text: text.slice(f.start, f.end), ...v, ...describeValue(v.value) });
  }
  return out;
}

/** The dating stage's reader: with no report time only what the text itself pins down is valued. */
export function slavicFindDates(text: string, lang: SlavicLanguage): readonly FoundDate[] {
  return slavicTimexes(text, null, [], lang).map(({ start, end, text: t, type, value }) => ({ start, end, text: t, type, value }));
}
