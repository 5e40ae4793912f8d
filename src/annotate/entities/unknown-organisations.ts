// Organisations the tables do not know, from capitalised runs that end in (or are built on) an
// organisation head word: "Kherson Oblast Military Administration", "Union of Defense Industries",
// "Riverside Charitable Foundation". Words after the head that are not joined by "of" belong to the next name.
import { countryByQualifier } from '../../facts/actors/index.js';
import { PRIORITY, type Candidate, type EntityContext, type EntityMatcher } from './candidate.js';
import { FIRST_NAMES } from '../../facts/actors/index.js';
import { ORG_HEADS } from './name-chunks.js';
import { TITLE_HEADS, TITLE_WORDS } from './titles.js';
import { fold } from './patterns.js';
import { isCapitalised, type Word } from './words.js';

const ORG_NAME_HEADS = new Set([
  'Ministry', 'Agency', 'Service', 'Council', 'Committee', 'Company', 'Corporation', 'Bank', 'Institute', 'University',
  'Party', 'Command', 'Fund', 'Foundation', 'Organization', 'Organisation', 'Office', 'Administration', 'Commission',
  'Parliament', 'Union', 'Association', 'Centre', 'Center', 'Court', 'Department', 'Directorate', 'Authority', 'Group',
  'Corps', 'Brigade', 'Regiment', 'Battalion', 'Assembly', 'Society', 'Network', 'Legion', 'Council',
]);
const JOINERS = new Set(['of', 'for', 'and', 'the']);
const LEADING_STOPS = new Set([
  'The', 'A', 'An', 'In', 'On', 'At', 'By', 'For', 'From', 'With', 'And', 'But', 'As', 'To', 'Of', 'Since', 'When', 'While',
  'After', 'Before', 'During', 'If', 'This', 'That', 'These', 'Those', 'Former', 'Then', 'Acting', 'It', 'He', 'She', 'They',
  'We', 'Our', 'Their', 'His', 'Her', 'Its', 'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August',
  'September', 'October', 'November', 'December', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday',
]);

/** The capitalised run from word i, allowing "of", "of the", "for", "and" between capitalised words. */
function runFrom(words: readonly Word[], i: number): number {
  let to = i + 1;
  let seenHead = ORG_HEADS.has(words[i]!.text);
  while (to < words.length) {
    const w = words[to]!;
    if (w.gap !== ' ') break;
    if (isCapitalised(w)) {
      // A month, a title or a given name ends the body's name ("Ministry of Defense on October", "... Head Igor").
      if (LEADING_STOPS.has(w.text) || TITLE_HEADS.has(w.text.toLowerCase()) || FIRST_NAMES.has(w.text)) break;
      seenHead ||= ORG_HEADS.has(w.text);
      to++;
      continue;
    }
    // "X Command and Y Command" are two bodies: after a head, "and" starts the next name.
    if (w.text === 'and' && seenHead) break;
    // A joiner counts only when a capitalised word follows it (possibly after "the").
    let k = to;
    while (k < words.length && JOINERS.has(words[k]!.text) && words[k]!.gap === ' ') k++;
    if (k > to && k < words.length && words[k]!.gap === ' ' && isCapitalised(words[k]!) && k - to <= 2) to = k;
    else break;
  }
  return to;
}

function findUnknownOrganisations(ctx: EntityContext, known: readonly Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  ctx.words.forEach((words, si) => {
    const s = ctx.sections[si]!;
    const text = s.section.text.text;
    for (let i = 0; i < words.length; i++) {
      if (!isCapitalised(words[i]!)) continue;
      const runEnd = runFrom(words, i);
      let last = -1;
      for (let k = i; k < runEnd; k++) if (ORG_NAME_HEADS.has(words[k]!.text)) last = k;
      if (last < 0) {
        i = runEnd - 1;
        continue;
      }
      // Keep "of ..." after the last head ("Ministry of Economy"); cut a bare name after it ("Foundation Semen ...").
      let to = last + 1;
      if (to < runEnd && JOINERS.has(words[to]!.text)) to = runEnd;
      let from = i;
      while (from < last && (LEADING_STOPS.has(words[from]!.text) || JOINERS.has(words[from]!.text) || TITLE_WORDS.has(words[from]!.text.toLowerCase()))) from++;
      i = runEnd - 1;
      if (to - from < 2) continue;
      const span = { start: words[from]!.start, end: words[to - 1]!.end };
      // Inside a known name, or cutting across one ("68th Army Corps of the ..."): the known name stands.
      const crossing = (k: Candidate) => k.start < span.end && span.start < k.end && !(span.start <= k.start && k.end <= span.end);
      if (known.some((k) => k.section === si && crossing(k))) continue;
      const name = text.slice(span.start, span.end).replace(/\s+/g, ' ');
      let side: string | undefined;
      for (let k = from; k < to && !side; k++) side = countryByQualifier(words[k]!.text)?.code;
      side ??= s.places.find((p) => p.start >= span.start && p.end <= span.end)?.place.country;
      side ??= countryByQualifier(words[from - 1]?.text ?? '')?.code;
      out.push({
        section: si, ...span, type: 'ORG', key: 'org:' + fold(name).replace(/[^a-z0-9]+/g, '-'),
        canonical: name, ...(side ? { side } : {}), priority: PRIORITY.unknown,
      });
    }
  });
  return out;
}

export const unknownOrganisations: EntityMatcher = {
  name: 'unknown-organisations',
  run: (ctx, found) => findUnknownOrganisations(ctx, found),
};
