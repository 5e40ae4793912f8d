// Time expressions: chrono-node finds and resolves them against the section's report time.
import * as chrono from 'chrono-node';
import type { Section, Sentence, Timex } from '../types.js';

export function findTimexes(section: Section, _sentences: Sentence[]): Timex[] {
  const text = section.text.text;
  const ref = section.reportTime ? new Date(`${section.reportTime.slice(0, 10)}T12:00:00Z`) : new Date(0);
  return chrono.en.parse(text, { instant: ref, timezone: 0 }, { forwardDate: false }).map((r) => {
    const d = r.start;
    const y = d.get('year');
    const m = String(d.get('month')).padStart(2, '0');
    const day = String(d.get('day')).padStart(2, '0');
    const value = d.isCertain('day') ? `${y}-${m}-${day}` : d.isCertain('month') ? `${y}-${m}` : `${y}`;
    return { start: r.index, end: r.index + r.text.length, text: r.text, type: 'DATE', value };
  });
}
