// People from the facts table. Full names ("Volodimir Zelensky", "Lloyd J. Austin") always count; the
// family name alone counts when the table says it is unambiguous, when the full name appeared anywhere in
// the document, when a bracketed given name precedes it ("(Oleksandr) Syrsky"), or when a title does.
import { PEOPLE, type PersonFact } from '../../facts/actors/index.js';
import { PRIORITY, type Candidate, type EntityContext, type EntityMatcher } from './candidate.js';
import { alternation, fold, surnameVariants, wordRegex } from './patterns.js';
import { TITLE_BEFORE } from './titles.js';

const SLAVIC_SIDES = new Set(['UA', 'RU', 'BY']);

interface NameForm {
  person: PersonFact;
  full: boolean;
}

function buildIndex(): { regex: RegExp; forms: Map<string, NameForm[]> } {
  const forms = new Map<string, NameForm[]>();
  const add = (text: string, form: NameForm) => {
    const key = fold(text);
    const list = forms.get(key) ?? [];
    if (!list.some((f) => f.person.id === form.person.id && f.full === form.full)) list.push(form);
    forms.set(key, list);
  };
  const fullPatterns: string[] = [];
  const surnames: string[] = [];
  for (const person of PEOPLE) {
    const families = person.family.flatMap((f) => surnameVariants(f, SLAVIC_SIDES.has(person.side ?? '')));
    for (const family of families) {
      surnames.push(family);
      add(family, { person, full: false });
      for (const given of person.given) {
        const full = person.familyFirst ? `${family} ${given}` : `${given} ${family}`;
        fullPatterns.push(full);
        add(full, { person, full: true });
      }
    }
  }
  // A middle initial may stand between given and family name ("Lloyd J. Austin"); it is dropped for lookup.
  const regex = wordRegex(`${alternation(fullPatterns)}|${alternation(surnames)}`, 'gu');
  return { regex, forms };
}

let index: ReturnType<typeof buildIndex> | null = null;

const MIDDLE_INITIAL = /\s\p{Lu}\.(?=\s)/gu;
const BRACKETED_GIVEN = /\(([\p{L}-]+)\)\s*$/u;

function toCandidate(section: number, start: number, end: number, person: PersonFact): Candidate {
  return {
    section, start, end, type: 'PERSON', key: person.id, canonical: person.canonical,
    ...(person.side ? { side: person.side } : {}), role: person.role, priority: PRIORITY.known,
  };
}

function findKnownPeople(ctx: EntityContext): Candidate[] {
  index ??= buildIndex();
  const { regex, forms } = index;
  const introduced = new Set<string>();
  const pending: Array<{ section: number; start: number; end: number; options: NameForm[] }> = [];
  const out: Candidate[] = [];
  ctx.sections.forEach((s, si) => {
    const text = s.section.text.text;
    // Names with a middle initial: rewrite "Lloyd J. Austin" matches by trying the text without the initial.
    for (const m of text.matchAll(regex)) {
      const options = forms.get(fold(m[0]))!;
      const full = options.filter((o) => o.full);
      if (full.length > 0) {
        introduced.add(full[0]!.person.id);
        out.push(toCandidate(si, m.index, m.index + m[0].length, full[0]!.person));
      } else pending.push({ section: si, start: m.index, end: m.index + m[0].length, options });
    }
    for (const m of text.matchAll(MIDDLE_INITIAL_NAME)) {
      const options = forms.get(fold(m[0].replace(MIDDLE_INITIAL, '')))?.filter((o) => o.full);
      if (!options?.length) continue;
      introduced.add(options[0]!.person.id);
      out.push(toCandidate(si, m.index, m.index + m[0].length, options[0]!.person));
    }
  });
  for (const p of pending) {
    const before = ctx.sections[p.section]!.section.text.text.slice(Math.max(0, p.start - 40), p.start);
    const bracketed = BRACKETED_GIVEN.exec(before)?.[1];
    const titled = TITLE_BEFORE.test(before);
    const choice =
      p.options.find((o) => introduced.has(o.person.id)) ??
      (bracketed ? p.options.find((o) => o.person.given.some((g) => fold(g) === fold(bracketed))) : undefined) ??
      p.options.find((o) => o.person.surnameAlone) ??
      (titled && p.options.length === 1 ? p.options[0] : undefined);
    if (choice) out.push(toCandidate(p.section, p.start, p.end, choice.person));
  }
  return out;
}

const MIDDLE_INITIAL_NAME = /(?<![\p{L}\p{N}])\p{Lu}[\p{Ll}\p{M}]+\s\p{Lu}\.\s\p{Lu}[\p{L}\p{M}-]+/gu;

export const knownPeople: EntityMatcher = { name: 'known-people', run: (ctx) => findKnownPeople(ctx) };
