// The day the writer of a story was in. A publication stamp in UTC just after midnight ("2023-03-22T02:45Z") is
// still the evening before for a writer in the Americas, and a story stamped at half past midnight in Europe was
// written the evening before it went out: its "today", "tonight" and "this evening" are the previous UTC day,
// and a weekday naming that day is that day, not one a week ahead ("further meetings scheduled on Tuesday" in a
// story stamped early on Wednesday UTC). News-events dev codes them so (a Munich conference "today" stamped
// 00:30Z, a Tuesday meeting stamped 02:45Z). A stamp with its own offset already gives the local day.
import { parseIsoDay } from '../../text/calendar.js';

/** UTC hours after midnight during which a stamp's day may still be the writer's previous day. */
const OVERNIGHT_UTC_HOURS = 3;

const UTC_CLOCK = /^\d{4}-\d{2}-\d{2}T(\d{2}):\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]00:?00)$/;

/** The writer's day (a day number) for a report time: the previous day for a UTC stamp in the small hours, else
 * the report day itself; null without a report day. */
export function writerDay(reportTime: string | null | undefined): number | null {
  const day = parseIsoDay(reportTime);
  if (day === null || !reportTime) return day;
  const m = UTC_CLOCK.exec(reportTime);
  return m && Number(m[1]) < OVERNIGHT_UTC_HOURS ? day - 1 : day;
}
