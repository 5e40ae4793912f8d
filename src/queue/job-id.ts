// Job ids that sort in the order documents were read: pg-boss takes jobs by (priority, created_on, id),
// and every job of one insert shares created_on, so time-ordered ids keep a single worker annotating in
// reading order, which gives event ids in the same order as an inline SQLite ingest.
import { randomBytes } from 'node:crypto';

let lastMs = 0;
let counter = 0;

/** A UUID (version 7 layout: 48-bit milliseconds, then a counter, then random bits), increasing per process. */
export function orderedJobId(now = Date.now()): string {
  if (now > lastMs) {
    lastMs = now;
    counter = 0;
  } else if (++counter > 0xfff) {
    // More than 4096 ids in one millisecond: borrow the next millisecond rather than repeat an order.
    lastMs++;
    counter = 0;
  }
  const bytes = randomBytes(16);
  bytes.writeUIntBE(lastMs, 0, 6);
  bytes[6] = 0x70 | (counter >> 8);
  bytes[7] = counter & 0xff;
  bytes[8] = 0x80 | (bytes[8]! & 0x3f);
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
