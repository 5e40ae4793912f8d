// A feed item's date as an ISO date-time that keeps the publisher's own UTC offset, so a story stamped
// "Tue, 05 Mar 2024 01:30 +0200" stays on 5 March rather than becoming 4 March in UTC.

const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;

/** RFC 822 zone names feeds still use, as minutes east of UTC. */
const NAMED_ZONES: Readonly<Record<string, number>> = {
  UT: 0, UTC: 0, GMT: 0, Z: 0,
  EST: -300, EDT: -240, CST: -360, CDT: -300, MST: -420, MDT: -360, PST: -480, PDT: -420,
};

function offsetMinutes(raw: string): number {
  const numeric = /([+-])(\d{2}):?(\d{2})\s*$/.exec(raw);
  if (numeric) return (numeric[1] === '-' ? -1 : 1) * (Number(numeric[2]) * 60 + Number(numeric[3]));
  const named = /\b([A-Z]{1,3})\s*$/.exec(raw);
  return named ? (NAMED_ZONES[named[1]!] ?? 0) : 0;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** ISO 8601 for a feed date (RFC 822 or ISO), or null when it is no date. */
export function feedDate(raw: string | null | undefined): string | null {
  const text = raw?.trim();
  if (!text) return null;
  if (ISO_DATE_TIME.test(text)) return text.replace(' ', 'T');
  const at = Date.parse(text);
  if (Number.isNaN(at)) return null;
  const offset = offsetMinutes(text);
  const local = new Date(at + offset * 60_000);
  const sign = offset < 0 ? '-' : '+';
  const abs = Math.abs(offset);
  return (
    `${local.getUTCFullYear()}-${pad(local.getUTCMonth() + 1)}-${pad(local.getUTCDate())}` +
    `T${pad(local.getUTCHours())}:${pad(local.getUTCMinutes())}:${pad(local.getUTCSeconds())}` +
    `${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`
  );
}
