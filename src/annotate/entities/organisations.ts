// Named organisations and news outlets from the facts tables, matched by their aliases as written.
import { MEDIA, ORGANISATIONS, type OrganisationFact } from '../../facts/actors/index.js';
import { PRIORITY, type Candidate, type EntityContext, type EntityMatcher } from './candidate.js';
import { alternation, wordRegex } from './patterns.js';

function buildIndex(): { regex: RegExp; byAlias: Map<string, OrganisationFact> } {
  const byAlias = new Map<string, OrganisationFact>();
  for (const org of [...ORGANISATIONS, ...MEDIA]) for (const a of org.aliases) if (!byAlias.has(norm(a))) byAlias.set(norm(a), org);
  return { regex: wordRegex(alternation([...ORGANISATIONS, ...MEDIA].flatMap((o) => o.aliases)), 'gu'), byAlias };
}

/** Aliases are case-sensitive; only spacing and apostrophes vary. */
const norm = (s: string) => s.replace(/\s+/g, ' ').replace(/’/g, "'");

let index: ReturnType<typeof buildIndex> | null = null;

function findOrganisations(ctx: EntityContext): Candidate[] {
  index ??= buildIndex();
  const { regex, byAlias } = index;
  const out: Candidate[] = [];
  ctx.sections.forEach((s, si) => {
    for (const m of s.section.text.text.matchAll(regex)) {
      const org = byAlias.get(norm(m[0]));
      if (!org) continue;
      out.push({
        section: si, start: m.index, end: m.index + m[0].length, type: org.type ?? 'ORG', key: org.id,
        canonical: org.canonical, ...(org.side ? { side: org.side } : {}), ...(org.role ? { role: org.role } : {}),
        priority: PRIORITY.known,
      });
    }
  });
  return out;
}

export const organisations: EntityMatcher = { name: 'organisations', run: (ctx) => findOrganisations(ctx) };
