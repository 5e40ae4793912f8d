// `npm run eval -- --rules`: with SITREP_STEP_COUNTS set, the named steps of time, places and events count
// their firings. The variable is read when the counter module loads, so it is set before the pipeline is
// imported.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';

it('counts timex rules, place resolvers and event rules and vetoes by name', async () => {
  process.env.SITREP_STEP_COUNTS = join(mkdtempSync(join(tmpdir(), 'sitrep-steps-')), 'steps.json');
  const { stepCounts } = await import('../../src/text/step-counts.js');
  const { annotateLine } = await import('../../src/edges/annotate-line.js');
  const text = 'On Tuesday Russian forces shelled Kherson, the regional governor said. Two people were killed.';
  annotateLine(JSON.stringify({ id: 'steps', text, published: '2024-03-05' }), 1);
  const counts = stepCounts();
  const steps = [...counts.keys()];
  expect(counts.get('time\trule:weekday')).toBe(1);
  expect(steps.some((s) => s.startsWith('places\tresolver:gazetteer'))).toBe(true);
  expect(steps.some((s) => s.startsWith('events\trule:'))).toBe(true);
  // Nothing dated the document from its text: it came with its date.
  expect(steps.some((s) => s.startsWith('dating\t'))).toBe(false);
});
