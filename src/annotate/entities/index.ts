// People, organisations and groups, with one canonical name and id per real entity across the document
// (title, body and feed items). Matchers run in order as data; overlaps are settled longest-first; then
// titles and nouns that stand for a named person or body ("the president", "the ministry") are linked.
import type { AnnotatedSection, EntityMention } from '../types.js';
import type { RepairedDocument } from '../../repair/types.js';
import type { Candidate, EntityContext, EntityMatcher } from './candidate.js';
import { knownPeople } from './known-people.js';
import { organisations } from './organisations.js';
import { institutions } from './institutions.js';
import { units } from './units.js';
import { groups } from './groups.js';
import { unknownPeople } from './unknown-people.js';
import { unknownOrganisations } from './unknown-organisations.js';
import { findTitleReferences } from './title-references.js';
import { findBodyReferences } from './body-references.js';
import { keepBest, toMentions } from './resolve.js';
import { canonicalForEra, eraDates, hasEra } from './eras.js';
import { wordsOf } from './words.js';

export { entityAt, sideOf, sourceAt, type EntityQuery } from './lookup.js';

/** In order: table facts first, so the cue-based guesses can step around what the tables already named. */
export const ENTITY_MATCHERS: readonly EntityMatcher[] = [
  knownPeople, organisations, institutions, units, groups, unknownOrganisations, unknownPeople,
];

export function findEntities(sections: readonly AnnotatedSection[], doc: RepairedDocument): EntityMention[][] {
  const ctx: EntityContext = { sections, doc, words: sections.map((s) => wordsOf(s.section.text.text)) };
  const candidates: Candidate[] = [];
  for (const matcher of ENTITY_MATCHERS) candidates.push(...matcher.run(ctx, candidates));
  const kept = keepBest(candidates);
  const eraOf = eraDates(sections, doc.published ?? null);
  const all = [...kept, ...findTitleReferences(ctx, kept), ...findBodyReferences(ctx, kept)].map((c) => withEra(c, eraOf));
  return toMentions(all, sections);
}

function withEra(c: Candidate, eraOf: (c: Candidate) => string | null): Candidate {
  if (!hasEra(c.canonical)) return c;
  const canonical = canonicalForEra(c.canonical, eraOf(c));
  return canonical === c.canonical ? c : { ...c, canonical, key: c.key.replace(c.canonical, canonical) };
}
