// Dates a text states in full ("March 22, 2023", "22 березня 2023 року"), found with the timex rules and no
// report time: only what the text itself pins to a day survives, since everything relative stays unresolved.
import { MappedText } from '../text/mapped-text.js';
import { findTimexes } from '../annotate/time/index.js';
import { parseIsoDay } from '../annotate/time/calendar.js';

export interface StatedDay {
  day: number;
  text: string;
  start: number;
}

const FULL_DAY = /^\d{4}-\d{2}-\d{2}$/;

export function statedDays(text: string): StatedDay[] {
  if (!text.trim()) return [];
  const timexes = findTimexes({ kind: 'body', text: MappedText.identity(text), reportTime: null }, []);
  const out: StatedDay[] = [];
  for (const t of timexes) {
    const day = t.type === 'DATE' && FULL_DAY.test(t.value) ? parseIsoDay(t.value) : null;
    if (day !== null) out.push({ day, text: t.text, start: t.start });
  }
  return out;
}
