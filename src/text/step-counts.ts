// How often each named step of a stage fired (a timex rule kept, a merge that changed something, a place
// resolver that found the place, an event filter that dropped a mention), for `npm run eval -- --rules`:
// a step that fires on one row of one corpus shows up there. Off unless SITREP_STEP_COUNTS names a file;
// then the counts are written to it as JSON when the process exits. Counting costs one null check when off.
import { writeFileSync } from 'node:fs';

const target = process.env.SITREP_STEP_COUNTS;
const counts: Map<string, number> | null = target ? new Map() : null;

if (target && counts) {
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
