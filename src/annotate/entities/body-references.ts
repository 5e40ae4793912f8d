// "The ministry", "the alliance", "the group": a common noun that stands for the one body of that kind the
// document names, linked only when the document names exactly one.
import { overlaps, PRIORITY, type Candidate, type EntityContext } from './candidate.js';

/** The noun after "the", and how to tell the bodies it may stand for. Ordered data, first match wins. */
const BODY_NOUNS: ReadonlyArray<{ noun: string; fits: (c: Candidate) => boolean }> = [
  { noun: 'ministry', fits: (c) => c.type === 'ORG' && /^Ministry\b|Department of Defense$/.test(c.canonical) },
  { noun: 'alliance', fits: (c) => c.canonical === 'NATO' },
  { noun: 'agency', fits: (c) => c.type === 'ORG' && /Agency|IAEA|Service|UNHCR/.test(c.canonical) && c.role !== 'media' },
  { noun: 'mercenary group', fits: (c) => c.canonical === 'Wagner Group' },
];

export function findBodyReferences(ctx: EntityContext, kept: readonly Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  for (const { noun, fits } of BODY_NOUNS) {
    const bodies = new Map<string, Candidate>();
    for (const c of kept) if (fits(c)) bodies.set(c.key, c);
    if (bodies.size !== 1) continue;
    const body = [...bodies.values()][0]!;
    const parts = noun.split(' ');
    ctx.words.forEach((words, si) => {
      for (let i = 0; i + parts.length < words.length; i++) {
        const w = words[i]!;
        if (w.text !== 'the' && w.text !== 'The') continue;
        if (!parts.every((p, k) => words[i + 1 + k]!.text === p && words[i + 1 + k]!.gap === ' ')) continue;
        const last = words[i + parts.length]!;
        // "the ministry's", "the ministry said": fine; "the ministry of X": a new body, not a reference.
        if (words[i + parts.length + 1]?.text === 'of' && words[i + parts.length + 1]!.gap === ' ') continue;
        const span = { start: words[i + 1]!.start, end: last.end };
        if (kept.some((k) => k.section === si && overlaps(k, span))) continue;
        out.push({ ...body, section: si, ...span, priority: PRIORITY.unknown });
      }
    });
  }
  return out;
}
