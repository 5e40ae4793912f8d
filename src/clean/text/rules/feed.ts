// Live-feed heads: a clock time alone on its line ("10:53 PM", "22:53", "Updated 9:02 p.m.").
import type { LineRule } from './types.js';

export const CLOCK_LINE = /^(?:(?:updated|posted|published)\s*:?\s*)?(\d{1,2})[:.](\d{2})\s*([ap])?\.?\s*(?:m\.?)?(?:\s*(?:GMT|UTC|EET|EEST|CET|CEST|BST|ET|EST|EDT|PT|PST|PDT|MSK|[A-Z]{3,4})?)?$/i;

export const FEED_RULES: LineRule[] = [{ name: 'clock time alone', kind: 'clock', maxWords: 5, test: CLOCK_LINE }];

/** "10:53 PM" → "22:53"; null when the line is not a valid clock time. */
export function clockOf(text: string): string | null {
  const m = CLOCK_LINE.exec(text.trim());
  if (!m) return null;
  let hour = Number(m[1]);
  const minute = Number(m[2]);
  const half = m[3]?.toLowerCase();
  if (minute > 59 || hour > 23 || (half && (hour < 1 || hour > 12))) return null;
  if (half === 'p' && hour < 12) hour += 12;
  if (half === 'a' && hour === 12) hour = 0;
  return `${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`;
}
