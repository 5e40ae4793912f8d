// The AEB dev pages about neither war nor politics (listed by id in eval/aeb-topics.json, judged by hand from
// their titles and leads) give no event. Reads ../shared; skipped with a note when it is absent, failing under CI.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { processDocument } from '../../src/pipeline.js';
import { toRawDocument } from '../../src/ingest/document.js';

const ROOT = join(import.meta.dirname, '..', '..');
const SHARED = process.env.SITREP_SHARED ?? join(ROOT, '..', 'shared');
const AEB = join(SHARED, 'corpora', 'aeb');
const present = existsSync(join(AEB, 'ground-truth.json'));
if (!present) {
  if (process.env.CI) throw new Error(`${AEB} is missing: the off-topic page test needs ../shared under CI`);
  console.warn(`skipping the off-topic AEB pages: ${AEB} is not there`);
}

describe.skipIf(!present)('pages about neither war nor politics', () => {
  it('give no event (the 70 AEB dev pages of eval/aeb-topics.json)', () => {
    const topics = JSON.parse(readFileSync(join(ROOT, 'eval', 'aeb-topics.json'), 'utf8')) as { notWarOrPolitics: string[] };
    expect(topics.notWarOrPolitics).toHaveLength(70);
    const ids = new Set(topics.notWarOrPolitics);
    const out = spawnSync('node', [join(SHARED, 'eval', 'aeb-to-jsonl.mjs'), join(AEB, 'ground-truth.json'), join(AEB, 'html')], { encoding: 'utf8', maxBuffer: 1 << 28 });
    const found: string[] = [];
    let pages = 0;
    for (const line of out.stdout.split('\n')) {
      if (!line.trim()) continue;
      const doc = JSON.parse(line) as { id: string };
      if (!ids.has(doc.id)) continue;
      pages++;
      for (const e of processDocument(toRawDocument(doc)).events) found.push(`${doc.id.slice(0, 12)} ${e.type} "${e.trigger.text}"`);
    }
    expect(pages).toBe(70);
    expect(found).toEqual([]);
  });
});
