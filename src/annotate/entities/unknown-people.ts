// People the facts table does not know, found by cues: a title before the name ("mayor Ihor Terekhov"),
// a title after it (", the exiled mayor of"), a reporting verb ("X said", "according to X"), or a common
// given name first. A full name introduces a person; later family-name-only mentions link to it.
import { FIRST_NAMES } from '../../facts/actors/index.js';
import { coverage, PRIORITY, type Candidate, type EntityContext, type EntityMatcher } from './candidate.js';
import { nameChunks, NOT_NAME_WORDS } from './name-chunks.js';
import { fold } from './patterns.js';
import { titleAfter, titleBefore, TITLE_WORDS } from './titles.js';
import { bracketedBefore, isCapitalised, type Word } from './words.js';

export const SPEECH_VERBS: ReadonlySet<string> = new Set(
  ('said says told tells wrote writes added reported reports stated noted announced claimed claims stressed warned tweeted ' +
    'posted explained urged confirmed commented emphasized emphasised declared insisted argued admitted acknowledged replied ' +
    'asked suggested believes thinks recalled described estimated denied vowed pledged promised signed visited met').split(' '),
);
const SPEECH_AUXILIARIES = new Set(['has', 'had', 'also', 'later', 'then', 'previously', 'reportedly']);
const SPEECH_BEFORE = new Set(['said', 'says', 'told', 'wrote', 'added', 'quoted', 'quoting', 'asked', 'interviewed']);

function speechAfter(words: readonly Word[], to: number): boolean {
  let w = words[to];
  if (w && w.gap === ' ' && SPEECH_AUXILIARIES.has(w.text)) w = words[to + 1];
  return !!w && w.gap === ' ' && SPEECH_VERBS.has(w.text);
}

function speechBefore(words: readonly Word[], from: number): boolean {
  const w = words[from]!;
  const prev = words[from - 1];
  if (!prev || w.gap !== ' ') return false;
  if (SPEECH_BEFORE.has(prev.text.toLowerCase())) return true;
  return prev.text === 'to' && prev.gap === ' ' && words[from - 2]?.text.toLowerCase() === 'according';
}

/** Lower-case words that are titles only sometimes ("general European ban", "head Office"). */
const AMBIGUOUS_TITLES = new Set(['general', 'major', 'private', 'chief', 'head', 'first', 'leader', 'official', 'officer', 'resident', 'witness', 'deputy']);

interface Found {
  section: number;
  start: number;
  end: number;
  /** Full name when known here, else null (family name only). */
  full: string | null;
  surname: string;
  role: string | null;
}

/** Sentence starts and POS tags at offsets, by binary search over the sentences' tokens (no copies). */
function tokenIndex(ctx: EntityContext, si: number) {
  const s = ctx.sections[si]!;
  const text = s.section.text.text;
  const tokenAt = (o: number) => {
    const sentences = s.sentences;
    let lo = 0;
    let hi = sentences.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const x = sentences[mid]!;
      if (o < x.start) hi = mid - 1;
      else if (o >= x.end) lo = mid + 1;
      else {
        const tokens = x.tokens;
        let a = 0;
        let b = tokens.length - 1;
        while (a <= b) {
          const m = (a + b) >> 1;
          const t = tokens[m]!;
          if (o < t.start) b = m - 1;
          else if (o > t.start) a = m + 1;
          else return { token: t, first: m === 0 };
        }
        return null;
      }
    }
    return null;
  };
  return {
    isSentenceStart: (o: number) => o === 0 || tokenAt(o)?.first === true || /[\n“"(]\s*$/.test(text.slice(Math.max(0, o - 3), o)),
    isProperNoun: (o: number) => tokenAt(o)?.token.pos === 'PROPN',
  };
}

function findUnknownPeople(ctx: EntityContext, known: readonly Candidate[]): Candidate[] {
  const found: Found[] = [];
  // A name the places annotator resolved anywhere in the document is a place everywhere in it.
  const placeNames = new Set(ctx.sections.flatMap((s) => s.places.map((p) => fold(p.text))));
  ctx.words.forEach((words, si) => {
    const s = ctx.sections[si]!;
    const text = s.section.text.text;
    const blocked = coverage(text.length, [...known.filter((c) => c.section === si), ...s.places]);
    const { isSentenceStart, isProperNoun } = tokenIndex(ctx, si);
    for (const chunk of nameChunks(words, isSentenceStart, isProperNoun)) {
      const n = chunk.to - chunk.from;
      const span = { start: words[chunk.from]!.start, end: words[chunk.to - 1]!.end };
      if (n > 4 || blocked.overlaps(span)) continue;
      // "(Valeriy) Zaluzhny": a bracketed given name belongs to the surname after it.
      if (words[chunk.from]!.gap.endsWith('(') && words[chunk.to]?.gap.startsWith(')')) continue;
      const names = words.slice(chunk.from, chunk.to).map((w) => w.text).filter((t) => t.length > 1);
      // A chunk of initials alone ("A.", "J") names no one we can link.
      if (names.length === 0) continue;
      if (names.some((t) => NOT_NAME_WORDS.has(t))) continue;
      if (placeNames.size > 0 && (names.some((t) => placeNames.has(fold(t))) || placeNames.has(fold(text.slice(span.start, span.end))))) continue;
      const title = titleBefore(words, chunk.from);
      const titled = chunk.titled || title !== null;
      const surname = names[names.length - 1]!;
      const bracketed = n === 1 ? bracketedBefore(words, chunk.from) : null;
      if (names.length >= 2) {
        const apposition = titleAfter(words, chunk.to);
        const cued = titled || (chunk.afterOrganisation && names.length <= 3) || apposition !== null || speechAfter(words, chunk.to) || speechBefore(words, chunk.from);
        if (cued || FIRST_NAMES.has(names[0]!)) found.push({ section: si, ...span, full: names.join(' '), surname, role: title ?? apposition });
      } else if (bracketed && FIRST_NAMES.has(bracketed)) {
        found.push({ section: si, ...span, full: `${bracketed} ${surname}`, surname, role: title });
      } else if (n === 1 && titled && isProperNoun(span.start) && !TITLE_WORDS.has(surname.toLowerCase()) && !AMBIGUOUS_TITLES.has(title ?? '')) {
        found.push({ section: si, ...span, full: null, surname, role: title });
      }
    }
  });
  // One entity per family name: the first full name introduces it; family-name-only mentions join it.
  const fullBySurname = new Map<string, Found>();
  // The longest full name wins ("Frank-Walter Steinmeier" over a broken "Walter Steinmeier").
  for (const f of found) if (f.full && f.full.length > (fullBySurname.get(f.surname)?.full?.length ?? 0)) fullBySurname.set(f.surname, f);
  const out: Candidate[] = found.map((f) => toCandidate(f, fullBySurname.get(f.surname) ?? f));
  // Later bare family names ("Khramtsov added") link to the person introduced anywhere in the document.
  if (fullBySurname.size > 0) {
    ctx.words.forEach((words, si) => {
      const spans = [...known.filter((c) => c.section === si), ...out.filter((c) => c.section === si), ...ctx.sections[si]!.places];
      const taken = coverage(ctx.sections[si]!.section.text.text.length, spans);
      for (const w of words) {
        if (!isCapitalised(w)) continue;
        const intro = fullBySurname.get(w.text);
        if (!intro || taken.overlaps(w) || (placeNames.size > 0 && placeNames.has(fold(w.text)))) continue;
        out.push(toCandidate({ section: si, start: w.start, end: w.end, full: null, surname: w.text, role: null }, intro));
      }
    });
  }
  return out;
}

function toCandidate(f: Found, entity: Found): Candidate {
  const canonical = entity.full ?? entity.surname;
  const role = f.role ?? entity.role;
  return {
    section: f.section, start: f.start, end: f.end, type: 'PERSON', key: 'person:' + fold(canonical).replace(/[^a-z0-9]+/g, '-'),
    canonical, ...(role ? { role } : {}), priority: PRIORITY.unknown,
  };
}

export const unknownPeople: EntityMatcher = { name: 'unknown-people', run: (ctx, found) => findUnknownPeople(ctx, found) };
