// People from the facts table. Full names ("Volodimir Zelensky", "Lloyd J. Austin") always count; the
// family name alone counts when the table says it is unambiguous, when the full name appeared anywhere in
// the document, when a bracketed given name precedes it ("(Oleksandr) Syrsky"), or when a title does.
import { PEOPLE, type PersonFact } from '../../facts/actors/index.js';
import { PRIORITY, type Candidate, type EntityContext, type EntityMatcher } from './candidate.js';
import { fold, surnameVariants } from './patterns.js';
import { PhraseTrie } from './phrase-trie.js';
import { titleBefore } from './titles.js';
import { bracketedBefore } from './words.js';

const SLAVIC_SIDES = new Set(['UA', 'RU', 'BY']);

interface NameForm {
  person: PersonFact;
  full: boolean;
}

function buildTrie(): PhraseTrie<NameForm> {
  const trie = new PhraseTrie<NameForm>();
  for (const person of PEOPLE) {
    const families = person.family.flatMap((f) => surnameVariants(f, SLAVIC_SIDES.has(person.side ?? '')));
    for (const family of new Set(families)) {
      trie.add(family, { person, full: false });
      // Headlines in capitals: "ZELENSKY VISITS KHERSON".
      trie.add(family.toUpperCase(), { person, full: false });
      for (const given of person.given) {
        trie.add(person.familyFirst ? `${family} ${given}` : `${given} ${family}`, { person, full: true });
        // A middle initial may stand between given and family name ("Lloyd J. Austin").
        if (!person.familyFirst && !SLAVIC_SIDES.has(person.side ?? '')) for (const initial of 'ABCDEFGHIJKLMNOPRSTVW') trie.add(`${given} ${initial}. ${family}`, { person, full: true });
      }
    }
  }
  return trie;
}

let trie: PhraseTrie<NameForm> | null = null;

function toCandidate(section: number, start: number, end: number, person: PersonFact): Candidate {
  return {
    section, start, end, type: 'PERSON', key: person.id, canonical: person.canonical,
    ...(person.side ? { side: person.side } : {}), role: person.role, priority: PRIORITY.known,
  };
}

function findKnownPeople(ctx: EntityContext): Candidate[] {
  trie ??= buildTrie();
  const introduced = new Set<string>();
  const pending: Array<{ section: number; index: number; options: readonly NameForm[] }> = [];
  const out: Candidate[] = [];
  ctx.words.forEach((words, si) => {
    for (const m of trie!.scan(words)) {
      const full = m.payloads.find((o) => o.full);
      if (full) {
        introduced.add(full.person.id);
        out.push(toCandidate(si, words[m.from]!.start, words[m.to - 1]!.end, full.person));
      } else pending.push({ section: si, index: m.from, options: m.payloads });
    }
  });
  for (const p of pending) {
    const words = ctx.words[p.section]!;
    const bracketed = bracketedBefore(words, p.index);
    const choice =
      p.options.find((o) => introduced.has(o.person.id)) ??
      (bracketed ? p.options.find((o) => o.person.given.some((g) => fold(g) === fold(bracketed))) : undefined) ??
      p.options.find((o) => o.person.surnameAlone) ??
      (p.options.length === 1 && titleBefore(words, p.index) ? p.options[0] : undefined);
    const w = words[p.index]!;
    if (choice) out.push(toCandidate(p.section, w.start, w.end, choice.person));
  }
  return out;
}

export const knownPeople: EntityMatcher = { name: 'known-people', run: (ctx) => findKnownPeople(ctx) };
