// `npm run eval -- --rules`: with SITREP_STEP_COUNTS set, the named steps of time, places and events count
// their firings. The variable is read when the counter module loads, so it is set before the pipeline is
// imported.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { PROJECT_ROOT } from '../helpers/shared.js';

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

it('counts the steps of documents run in the CLI\'s document thread (the batch command eval runs)', () => {
  // `sitrep annotate` runs each document in a thread of its own; its counts must reach the file.
  const bin = join(PROJECT_ROOT, 'bin', 'sitrep.js');
  if (!existsSync(join(PROJECT_ROOT, 'dist', 'src', 'edges', 'document-thread.js'))) execFileSync('npx', ['tsc', '-p', '.'], { cwd: PROJECT_ROOT, stdio: 'ignore' });
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-steps-cli-'));
  const file = join(dir, 'steps.json');
  const docs = ['On Monday shelling damaged a school in Kharkiv, officials said.', 'Drones struck a depot near Odesa on Friday, the governor said.']
    .map((text, i) => JSON.stringify({ id: `d${i}`, text, published: '2024-03-09' }))
    .join('\n');
  execFileSync(process.execPath, [bin, 'annotate', '--quiet'], { input: docs, env: { ...process.env, SITREP_STEP_COUNTS: file }, stdio: ['pipe', 'ignore', 'ignore'] });
  const counts = JSON.parse(readFileSync(file, 'utf8')) as Record<string, number>;
  // Two weekdays, one per document; the thread's warm-up document is not counted.
  expect(counts['time\trule:weekday']).toBe(2);
  expect(Object.keys(counts).some((s) => s.startsWith('events\trule:'))).toBe(true);
});
