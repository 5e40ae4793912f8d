// People, organisations and groups, with one canonical name and id per real entity across the document
// (title, body and feed items). Matchers run in order as data; overlaps are settled longest-first; then
// titles that stand for a named person ("the president") are linked.
import type { AnnotatedSection, EntityMention } from '../types.js';
import type { RepairedDocument } from '../../repair/types.js';
import type { Candidate, EntityContext, EntityMatcher } from './candidate.js';
import { knownPeople } from './known-people.js';
import { organisations } from './organisations.js';
import { institutions } from './institutions.js';
import { units } from './units.js';
import { groups } from './groups.js';
import { unknownPeople } from './unknown-people.js';
import { findTitleReferences } from './title-references.js';
import { keepBest, toMentions } from './resolve.js';
import { canonicalForEra } from './eras.js';

export { entityAt, sideOf } from './lookup.js';

/** In order: table facts first, so the cue-based guesses can step around what the tables already named. */
export const ENTITY_MATCHERS: readonly EntityMatcher[] = [knownPeople, organisations, institutions, units, groups, unknownPeople];

export function findEntities(sections: readonly AnnotatedSection[], doc: RepairedDocument): EntityMention[][] {
  const ctx: EntityContext = { sections, doc };
  const candidates: Candidate[] = [];
  for (const matcher of ENTITY_MATCHERS) candidates.push(...matcher.run(ctx, candidates));
  const kept = keepBest(candidates);
  const all = [...kept, ...findTitleReferences(ctx, kept)].map((c) => withEra(c, doc.published ?? null));
  return toMentions(all, sections);
}

function withEra(c: Candidate, published: string | null): Candidate {
  const canonical = canonicalForEra(c.canonical, published);
  return canonical === c.canonical ? c : { ...c, canonical, key: c.key.replace(c.canonical, canonical) };
}
