// JSON Lines: one happening per line, as `sitrep events --json` prints it, with its best report's
// evidence sentences filled in.
import { happeningView } from '../views.js';
import type { ExportHappening } from './enrich.js';

export async function* jsonl(happenings: AsyncIterable<ExportHappening>): AsyncGenerator<string> {
  for await (const { happening, evidence } of happenings) yield JSON.stringify({ ...happeningView(happening), evidence }) + '\n';
}
