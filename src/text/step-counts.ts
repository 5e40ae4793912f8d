// How often each named step of a stage fired (a timex rule kept, a merge that changed something, a place
// resolver that found the place, an event filter that dropped a mention), for `npm run eval -- --rules`:
// a step that fires on one row of one corpus shows up there. Off unless SITREP_STEP_COUNTS names a file;
// then the counts are written to it as JSON when the process exits. Counting costs one null check when off.
// Documents run in a document thread (edges/document-runner.ts), whose counts are its own: the thread hands
// them over with each reply (takeStepCounts), the main thread adds them (addStepCounts) and writes the file.
import { writeFileSync } from 'node:fs';
import { isMainThread } from 'node:worker_threads';

const target = process.env.SITREP_STEP_COUNTS;
const counts: Map<string, number> | null = target ? new Map() : null;

if (target && counts && isMainThread) {
  process.on('exit', () => writeFileSync(target, JSON.stringify(Object.fromEntries([...counts].sort(([a], [b]) => a.localeCompare(b))), null, 1)));
}

/** Counts one firing (or `n`) of `step` in `stage`. */
export function countStep(stage: string, step: string, n = 1): void {
  if (counts && n > 0) counts.set(`${stage}\t${step}`, (counts.get(`${stage}\t${step}`) ?? 0) + n);
}

/** Whether steps are being counted (so a caller can skip work done only to count). */
export const countingSteps = counts !== null;

/** The counts so far, "stage\tstep" -> firings (empty when not counting). */
export function stepCounts(): ReadonlyMap<string, number> {
  return new Map(counts ?? []);
}

/** The counts so far, handed over and started again from zero (undefined when there are none). */
export function takeStepCounts(): Record<string, number> | undefined {
  if (!counts || counts.size === 0) return undefined;
  const taken = Object.fromEntries(counts);
  counts.clear();
  return taken;
}

/** Adds counts another thread took ("stage\tstep" -> firings). */
export function addStepCounts(taken: Readonly<Record<string, number>>): void {
  if (!counts) return;
  for (const [key, n] of Object.entries(taken)) counts.set(key, (counts.get(key) ?? 0) + n);
}
