// What a date shown on a page says it is, by the words before it ("Published", "Updated on", "Recorded
// on") or the class of its element ("entry-date published", "updated"). A page that shows both a
// publication and an update date means the first as its publication date; a date labelled with some
// other happening (a podcast's recording, an offer's expiry) is not the page's date at all.

export type DateRole = 'published' | 'updated' | 'other';

/** A line of page text carrying a date, with the label or class that says what the date is. */
export interface Dateline {
  text: string;
  /** The part of the text that holds the date of that role (the whole text unless it names two). */
  dateText: string;
  role: DateRole | null;
}

/** Whole words only; \b knows only ASCII letters, so the edges are written out for "оновлено" and "publié". */
const words = (alternatives: string): string => `(?<!\\p{L})(?:${alternatives})(?!\\p{L})`;

const PUBLISHED_WORDS = words(
  '(?:first |originally )?published|posted|released|written|created|issued|publié|publiée|veröffentlicht|publicado|pubblicato|' +
    'опубліковано|опубликовано|opublikowano',
);
const UPDATED_WORDS = words(
  '(?:last )?(?:updated|modified|revised|reviewed|edited)|fact[- ]checked|refreshed|mis à jour|aktualisiert|actualizado|aggiornato|' +
    'оновлено|обновлено|zaktualizowano',
);
const OTHER_WORDS = words('recorded|expires?|expiry|deadline|joined|member since|valid (?:until|through)|event date|starts?|ends?|closes?');

const PUBLISHED_LABEL = new RegExp(PUBLISHED_WORDS, 'iu');
const UPDATED_LABEL = new RegExp(UPDATED_WORDS, 'iu');
/** Any label at all: most dated texts have none, and one test tells. */
const ANY_LABEL = new RegExp(`${PUBLISHED_WORDS}|${UPDATED_WORDS}|${OTHER_WORDS}`, 'iu');

/** Words at the end of a short text that label the date shown just after it ("Last updated on", "Published:"). */
const TRAILING_LABEL = new RegExp(`(?:${ANY_LABEL.source})(?:\\s+(?:on|at))?\\s*[:\\-–—]?\\s*$`, 'iu');
const MAX_LABEL_CHARS = 60;

const PUBLISHED_CLASS = /(?:^|[\s_-])(?:published|pubdate|date-?published|publish-?date|posted-?on|created)(?:$|[\s_-])/;
const UPDATED_CLASS = /(?:^|[\s_-])(?:updated|modified|date-?modified|last-?updated|changed)(?:$|[\s_-])/;

/** The label a short text ends with, when it is only a label for the date that follows it. */
export function trailingLabel(text: string): string | null {
  if (text.length > MAX_LABEL_CHARS || /\d/.test(text)) return null;
  return TRAILING_LABEL.test(text) ? text : null;
}

/**
 * The role of a dated text, and the part of it that holds that date: in "Published 3 May 2024, updated
 * 5 May 2024" the publication part. Labels decide before classes; a class naming both roles decides nothing.
 */
export function dateRole(text: string, classId = ''): Dateline {
  if (!ANY_LABEL.test(text)) return { text, dateText: text, role: classId === '' ? null : roleByClass(classId) };
  const published = PUBLISHED_LABEL.exec(text);
  const updated = UPDATED_LABEL.exec(text);
  if (published && updated) {
    const cut = published.index < updated.index ? text.slice(published.index, updated.index) : text.slice(published.index);
    return { text, dateText: cut, role: 'published' };
  }
  if (published) return { text, dateText: text, role: 'published' };
  if (updated) return { text, dateText: text, role: 'updated' };
  return { text, dateText: text, role: 'other' };
}

/** What an element's class says its date is: published, updated, or nothing when it names both or neither. */
export function roleByClass(classId: string): DateRole | null {
  const publishedClass = PUBLISHED_CLASS.test(classId);
  const updatedClass = UPDATED_CLASS.test(classId);
  return publishedClass === updatedClass ? null : publishedClass ? 'published' : 'updated';
}
