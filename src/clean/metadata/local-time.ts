// The same publication time in the page's own zone. Pages often declare one instant twice: in UTC in a
// meta tag (2023-03-23T03:30:00+00:00) and with the local offset in JSON-LD (2023-03-22T23:30:00-04:00).
// The calendar day readers saw is the local one, so a UTC time gives way to a declared twin with an offset.

const UTC = /(?:Z|[+-]00:00)$/;
const ZONED = /T\d{2}:\d{2}:\d{2}(?:Z|[+-]\d{2}:\d{2})$/;

/**
 * `date` itself, or another declared time for the same instant written with a local (non-zero) offset.
 * The declared times are only listed when `date` is in UTC.
 */
export function inLocalZone(date: string, declared: () => Iterable<string | null>): string {
  if (!ZONED.test(date) || !UTC.test(date)) return date;
  const instant = Date.parse(date);
  if (Number.isNaN(instant)) return date;
  for (const other of declared()) {
    if (other === null || !ZONED.test(other) || UTC.test(other)) continue;
    if (Date.parse(other) === instant) return other;
  }
  return date;
}
