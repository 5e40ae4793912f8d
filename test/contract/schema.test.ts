// The batch output of the dev corpora against the one schema of the output line (src/contract/schema.ts):
// every line of the seeds, news, AEB and ACLED corpora must parse, strictly (no field the schema lacks).
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { annotateLine } from '../../src/edges/annotate-line.js';
import { contractLineSchema, EVENT_TYPE_IDS } from '../../src/contract/schema.js';
import { describeShared, SHARED } from '../helpers/shared.js';

const textLines = (dir: string, id: (file: string) => string): string[] =>
  readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => JSON.stringify({ id: id(f), text: readFileSync(join(dir, f), 'utf8') }));

/** The batch input a shared converter writes (../shared/eval/*-to-jsonl.mjs). */
function converted(script: string, ...args: string[]): string[] {
  const r = spawnSync('node', [join(SHARED, 'eval', script), ...args], { encoding: 'utf8', maxBuffer: 1 << 30 });
  if (r.status !== 0) throw new Error(`${script} exited ${r.status}: ${r.stderr}`);
  return r.stdout.split('\n').filter(Boolean);
}

const CORPORA: Record<string, () => string[]> = {
  seeds: () => textLines(join(SHARED, 'seeds'), (f) => f.replace(/\.txt$/, '')),
  news: () => textLines(join(SHARED, 'corpora', 'news'), (f) => f),
  aeb: () => converted('aeb-to-jsonl.mjs', join(SHARED, 'corpora', 'aeb', 'ground-truth.json'), join(SHARED, 'corpora', 'aeb', 'html')),
  acled: () => converted('acled-to-jsonl.mjs', join(SHARED, 'corpora', 'acled', 'acled-ukraine.csv')),
};

describeShared('the batch output of the dev corpora against the contract schema', () => {
  for (const [name, input] of Object.entries(CORPORA)) {
    it(`${name}: every line validates`, () => {
      const lines = input();
      expect(lines.length).toBeGreaterThan(0);
      const failures: string[] = [];
      let events = 0;
      lines.forEach((line, i) => {
        // Through JSON, as a reader of the output gets it.
        const out = JSON.parse(JSON.stringify(annotateLine(line, i + 1))) as unknown;
        const parsed = contractLineSchema.safeParse(out);
        if (!parsed.success) failures.push(`line ${i + 1}: ${parsed.error.issues.slice(0, 3).map((x) => `${x.path.join('.')} ${x.message}`).join('; ')}`);
        else if ('events' in parsed.data) events += parsed.data.events.length;
      });
      expect(failures.slice(0, 10)).toEqual([]);
      if (name !== 'aeb') expect(events).toBeGreaterThan(0);
    });
  }
});

it('rejects a line that strays from the schema', () => {
  const event = {
    type: 'strike.shelling', acled: null, plover: null, date: null, location: null, actors: [], fatalities: null,
    modality: 'asserted', source: null, verification: 'unknown', trigger: { start: 0, end: 7, text: 'shelled' }, evidence: [], confidence: 0.5,
  };
  const line = {
    id: 'x', language: 'en',
    document: { title: null, byline: null, published: null, publishedSource: 'unknown', siteName: null, language: null, canonicalUrl: null, body: '', items: [], captions: [], related: [], removed: [] },
    timexes: [], entities: [], places: [], events: [event], repairs: [],
  };
  expect(contractLineSchema.safeParse(line).success).toBe(true);
  expect(contractLineSchema.safeParse({ ...line, events: [{ ...event, type: 'attack.shelling' }] }).success).toBe(false);
  expect(contractLineSchema.safeParse({ ...line, events: [{ ...event, undeclared: 1 }] }).success).toBe(false);
  expect(EVENT_TYPE_IDS).toContain('strike.shelling');
});
