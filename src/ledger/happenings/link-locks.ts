// What concurrent saves must not do at once: read and change the same happenings. A save reads the stored
// happenings of each linkable report's type family whose anchor day falls in the report's window, and
// writes the happenings it joins (their anchor moves at most to the joining report's day, inside that
// window), creates (at the report's day) or re-counts after a re-annotation (at their current day). So a
// save locks (family, week) for every week its windows cover and every week a re-counted happening sits
// in: two saves that could touch one happening share a lock and run one after the other; saves of other
// families or other weeks go on side by side. (One lock per family made every pair of workers wait for
// each other, since nearly every report is a strike or a battle.)

import { DEFAULT_LINK_OPTIONS, typeFamily, type Report } from '../linking/link.js';
import { MAX_LINKED_SPAN_DAYS } from './report.js';
import { dayNumberOf, shiftDay } from '../day-range.js';

/** One lock: the family's 32-bit hash and a week number (NO_DAY for happenings with no day). */
export interface LinkLock {
  family: number;
  week: number;
}

/** The week of happenings without an anchor day (nobody's window reads them; re-counting still writes them). */
export const NO_DAY = -1;

const weekOf = (day: number) => Math.floor(day / 7);

/** The anchor days (inclusive, ISO) of the stored happenings a report could join. */
export function candidateWindow(r: Report): { family: string; from: string; to: string } {
  const slack = DEFAULT_LINK_OPTIONS.slackDays;
  return { family: typeFamily(r.type), from: shiftDay(r.dateStart!, -slack - MAX_LINKED_SPAN_DAYS), to: shiftDay(r.dateEnd ?? r.dateStart!, slack) };
}

/** FNV-1a of the family name: a stable 32-bit lock key, the same in every process. */
function familyKey(family: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < family.length; i++) h = Math.imul(h ^ family.charCodeAt(i), 0x01000193);
  return h | 0;
}

/**
 * The locks for reading these windows and writing happenings at these (family, day) places, each once,
 * in one order every process uses, so two saves never wait for each other crosswise.
 */
export function linkLocks(windows: ReadonlyArray<{ family: string; from: string; to: string }>, places: ReadonlyArray<{ family: string; day: string | null }>): LinkLock[] {
  const keys = new Map<string, LinkLock>();
  const add = (family: string, week: number) => {
    const lock = { family: familyKey(family), week };
    keys.set(`${lock.family}:${week}`, lock);
  };
  for (const w of windows) for (let week = weekOf(dayNumberOf(w.from)); week <= weekOf(dayNumberOf(w.to)); week++) add(w.family, week);
  for (const p of places) add(p.family, p.day ? weekOf(dayNumberOf(p.day)) : NO_DAY);
  return [...keys.values()].sort((a, b) => a.family - b.family || a.week - b.week);
}

/** Whether a lock set covers a happening's place. */
export function covers(locks: readonly LinkLock[], place: { family: string; day: string | null }): boolean {
  const family = familyKey(place.family);
  const week = place.day ? weekOf(dayNumberOf(place.day)) : NO_DAY;
  return locks.some((l) => l.family === family && l.week === week);
}
