// JSON Lines: one event per line, as the API returns it, with its evidence sentences filled in.
import { eventView } from '../views.js';
import type { ExportEvent } from './enrich.js';

export async function* jsonl(events: AsyncIterable<ExportEvent>): AsyncGenerator<string> {
  for await (const { stored, evidence } of events) yield JSON.stringify({ ...eventView(stored), evidence }) + '\n';
}
