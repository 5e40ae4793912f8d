// A page without a date: its creation day inferred from its own statements. The latest day it states in full
// (outside sentences that look ahead) is a lower bound; a bare weekday told in the past ("visited ... on
// Thursday") is the first such weekday on or after that day (the story moved on since), so the page was
// written no earlier than that. When the text names a later period (a year, a month) than its latest full
// day, that day is history rather than news, and nothing is inferred.
import { isoDay, weekdayOf } from '../text/calendar.js';
import { weekdayNumber } from '../facts/time-words.js';
import { statedDates, type FindDates } from './explicit-dates.js';

export interface InferredDate {
  day: string;
  evidence: string[];
}

/** A bare weekday: no "last/next/this/coming" before it, so it is the most recent one from the writer's day. */
const BARE_WEEKDAY = /(?<!\b(?:last|next|this|coming|past|every|each)\s+)\b(Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday)\b(?![,\s]+(?:the\s+)?(?:\d|January|February|March|April|May|June|July|August|September|October|November|December))/g;
/** A sentence looking ahead: its weekdays are after the writing day and bound nothing. */
const AHEAD = /\b(?:will|shall|would|going to|plans? to|planned|scheduled|expected to|is to|are to|next)\b/i;
/** The longest a stated day may trail the weekday cues and still bound them: one week. */
const WEEK = 7;

export function inferPublished(texts: readonly string[], findDates: FindDates): InferredDate | null {
  const stated = texts.flatMap((t) => statedDates(t, findDates)).filter((d) => !AHEAD.test(d.sentence));
  const days = stated.filter((d) => d.isDay);
  if (days.length === 0) return null;
  const latest = days.reduce((a, b) => (b.start > a.start ? b : a));
  if (stated.some((d) => d.start > latest.start)) return null;
  let day = latest.start;
  const evidence = [latest.text];
  for (const text of texts) {
    for (const sentence of text.split(/(?<=[.!?])\s+|\n+/)) {
      if (AHEAD.test(sentence)) continue;
      for (const m of sentence.matchAll(BARE_WEEKDAY)) {
        const wd = weekdayNumber(m[1]!);
        if (wd === null) continue;
        const next = latest.start + ((wd - weekdayOf(latest.start) + WEEK) % WEEK);
        if (next > day) {
          day = next;
          evidence.push(m[0]);
        }
      }
    }
  }
  return { day: isoDay(day), evidence };
}
