// The author part of a byline: "by The X news desk March 7, 2023 6:41 AM 2 min read" → "The X news desk".
import { BYLINE } from './rules/byline.js';
import { dateInLine } from './dates.js';

/** Where the names stop: a date, a separator, a reading time or an "Updated" stamp. */
const NAME_END = /\s*(?:[|•·—–]|\b(?:updated|published|posted)\b|\b\d+\s*min(?:ute)?s?\s+read\b|\b\d{1,2}:\d{2}\b)/i;

export function readByline(line: string): string | null {
  let text = line.replace(BYLINE, '');
  const date = dateInLine(text);
  if (date) text = text.slice(0, date.index);
  const end = NAME_END.exec(text);
  if (end) text = text.slice(0, end.index);
  text = text.replace(/[\s,;:]+$/u, '').trim();
  return text.length ? text : null;
}
