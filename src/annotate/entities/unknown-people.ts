// People the facts table does not know, found by cues: a title before the name ("mayor Ihor Terekhov"),
// a title after it (", the exiled mayor of"), a reporting verb ("X said", "according to X"), or a common
// given name first. A full name introduces a person; later family-name-only mentions link to it.
import { FIRST_NAMES } from '../../facts/actors/index.js';
import { overlaps, PRIORITY, type Candidate, type EntityContext, type EntityMatcher } from './candidate.js';
import { nameChunks, NOT_NAME_WORDS } from './name-chunks.js';
import { fold } from './patterns.js';
import { TITLE_AFTER, TITLE_BEFORE, TITLE_WORDS, titleAtEnd } from './titles.js';

const SPEECH_VERBS =
  'said|says|told|tells|wrote|writes|added|reported|reports|stated|noted|announced|claimed|claims|stressed|warned|tweeted|' +
  'posted|explained|urged|confirmed|commented|emphasi[sz]ed|declared|insisted|argued|admitted|acknowledged|replied|' +
  'asked|suggested|believes|thinks|recalled|described|estimated|denied|vowed|pledged|promised|signed|visited|met';
const SPEECH_AFTER = new RegExp(`^\\s+(?:has\\s+|had\\s+|also\\s+|later\\s+|then\\s+)?(?:${SPEECH_VERBS})(?![\\p{L}])`, 'u');
const SPEECH_BEFORE = /(?:\b(?:said|says|told|wrote|added|according to|quoted|quoting|asked|interviewed)\s+)$/iu;
const BRACKETED_GIVEN = /\((\p{Lu}[\p{Ll}\p{M}]+)\)\s*$/u;

interface Found {
  section: number;
  start: number;
  end: number;
  /** Full name when known here, else null (family name only). */
  full: string | null;
  surname: string;
  role: string | null;
}

function tokenIndex(ctx: EntityContext, si: number) {
  const s = ctx.sections[si]!;
  const pos = new Map<number, string>();
  const starts = new Set<number>();
  for (const sentence of s.sentences) {
    if (sentence.tokens[0]) starts.add(sentence.tokens[0].start);
    for (const t of sentence.tokens) pos.set(t.start, t.pos);
  }
  const text = s.section.text.text;
  return {
    isSentenceStart: (o: number) => starts.has(o) || o === 0 || /[\n“"(]\s*$/.test(text.slice(Math.max(0, o - 3), o)),
    isProperNoun: (o: number) => pos.get(o) === 'PROPN',
  };
}

function findUnknownPeople(ctx: EntityContext, known: readonly Candidate[]): Candidate[] {
  const found: Found[] = [];
  // A name the places annotator resolved anywhere in the document is a place everywhere in it.
  const placeNames = new Set(ctx.sections.flatMap((s) => s.places.map((p) => fold(p.text))));
  ctx.sections.forEach((s, si) => {
    const text = s.section.text.text;
    const blocked = [...known.filter((c) => c.section === si), ...s.places];
    const { isSentenceStart, isProperNoun } = tokenIndex(ctx, si);
    for (const chunk of nameChunks(text, isSentenceStart, isProperNoun)) {
      if (chunk.words.length > 4 || blocked.some((b) => overlaps(b, chunk))) continue;
      if (chunk.words.some((w) => NOT_NAME_WORDS.has(w.text) || placeNames.has(fold(w.text)))) continue;
      if (placeNames.has(fold(text.slice(chunk.start, chunk.end)))) continue;
      const before = text.slice(Math.max(0, chunk.start - 60), chunk.start);
      const after = text.slice(chunk.end, chunk.end + 80);
      const titled = chunk.titled || TITLE_BEFORE.test(before);
      const cued = titled || TITLE_AFTER.test(after) || SPEECH_AFTER.test(after) || SPEECH_BEFORE.test(before);
      const words = chunk.words.map((w) => w.text);
      const surname = words[words.length - 1]!;
      const role = titleAtEnd(before)?.toLowerCase() ?? null;
      const bracketed = words.length === 1 ? BRACKETED_GIVEN.exec(before)?.[1] : undefined;
      if (words.length >= 2 && (cued || FIRST_NAMES.has(words[0]!))) {
        found.push({ section: si, start: chunk.start, end: chunk.end, full: words.join(' '), surname, role });
      } else if (words.length === 1 && bracketed && FIRST_NAMES.has(bracketed)) {
        found.push({ section: si, start: chunk.start, end: chunk.end, full: `${bracketed} ${surname}`, surname, role });
      } else if (words.length === 1 && titled && isProperNoun(chunk.start) && !TITLE_WORDS.has(surname.toLowerCase())) {
        found.push({ section: si, start: chunk.start, end: chunk.end, full: null, surname, role });
      }
    }
  });
  // One entity per family name: the first full name introduces it; family-name-only mentions join it.
  const fullBySurname = new Map<string, Found>();
  for (const f of found) if (f.full && !fullBySurname.has(fold(f.surname))) fullBySurname.set(fold(f.surname), f);
  const out: Candidate[] = found.map((f) => toCandidate(f, fullBySurname.get(fold(f.surname)) ?? f));
  // Later bare family names ("Khramtsov added") link to the person introduced anywhere in the document.
  if (fullBySurname.size > 0) {
    const surnames = new RegExp(`(?<![\\p{L}\\p{N}])(?:${[...fullBySurname.values()].map((f) => escape(f.surname)).join('|')})(?![\\p{L}\\p{N}])`, 'gu');
    ctx.sections.forEach((s, si) => {
      const taken = [...known.filter((c) => c.section === si), ...out.filter((c) => c.section === si), ...s.places];
      for (const m of s.section.text.text.matchAll(surnames)) {
        const span = { start: m.index, end: m.index + m[0].length };
        if (taken.some((t) => overlaps(t, span)) || placeNames.has(fold(m[0]))) continue;
        const intro = fullBySurname.get(fold(m[0]))!;
        out.push(toCandidate({ section: si, ...span, full: null, surname: m[0], role: null }, intro));
      }
    });
  }
  return out;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function toCandidate(f: Found, entity: Found): Candidate {
  const canonical = entity.full ?? entity.surname;
  const role = f.role ?? entity.role;
  return {
    section: f.section, start: f.start, end: f.end, type: 'PERSON', key: 'person:' + fold(canonical).replace(/[^a-z0-9]+/g, '-'),
    canonical, ...(role ? { role } : {}), priority: PRIORITY.unknown,
  };
}

export const unknownPeople: EntityMatcher = { name: 'unknown-people', run: (ctx, found) => findUnknownPeople(ctx, found) };
