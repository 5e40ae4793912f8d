// Named organisations and news outlets from the facts tables, matched by their aliases as written
// (acronyms only in capitals).
import { MEDIA, ORGANISATIONS, type OrganisationFact } from '../../facts/actors/index.js';
import { PRIORITY, type Candidate, type EntityContext, type EntityMatcher } from './candidate.js';
import { PhraseTrie } from './phrase-trie.js';
import { qualifierBefore } from './qualifiers.js';

let trie: PhraseTrie<OrganisationFact> | null = null;

function build(): PhraseTrie<OrganisationFact> {
  const t = new PhraseTrie<OrganisationFact>();
  for (const org of [...ORGANISATIONS, ...MEDIA]) for (const a of org.aliases) t.add(a, org);
  return t;
}

function findOrganisations(ctx: EntityContext): Candidate[] {
  trie ??= build();
  const out: Candidate[] = [];
  ctx.words.forEach((words, si) => {
    for (const m of trie!.scan(words)) {
      const org = m.payloads[0]!;
      // "the Belarusian People's Congress": a one-word alias after another name's possessive is part of that name.
      const first = words[m.from]!;
      if (m.to - m.from === 1 && first.gap === "'s " && !qualifierBefore(words, m.from)) continue;
      out.push({
        section: si, start: words[m.from]!.start, end: words[m.to - 1]!.end, type: org.type ?? 'ORG', key: org.id,
        canonical: org.canonical, ...(org.side ? { side: org.side } : {}), ...(org.role ? { role: org.role } : {}),
        priority: PRIORITY.known,
      });
    }
  });
  return out;
}

export const organisations: EntityMatcher = { name: 'organisations', run: (ctx) => findOrganisations(ctx) };
