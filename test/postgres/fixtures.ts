// Generated reports for queue tests, written for this project: short, varied, each with a distinct hash.
import { contentHash } from '../../src/ingest/hash.js';
import type { SourceDocument } from '../../src/ingest/source.js';

const PLACES = ['Kherson', 'Kharkiv', 'Odesa', 'Zaporizhzhia', 'Mykolaiv', 'Sumy', 'Dnipro', 'Chernihiv'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July'];

function documentOf(text: string, name: string): SourceDocument {
  const raw = new TextEncoder().encode(text);
  return { hash: contentHash(raw), kind: 'text', container: 'file', name, sourcePath: null, sourceLine: null, url: null, givenPublished: '2023-05-12T09:00:00Z', raw };
}

/**
 * Report number `i`: a shelling of a place on a date, with a casualty count. Places and dates vary so that
 * reports spread over many happenings, as a real feed's do, rather than piling onto a few.
 */
export function generatedReport(i: number): SourceDocument {
  const place = PLACES[i % PLACES.length]!;
  const date = `${(i % 27) + 1} ${MONTHS[Math.floor(i / 27) % MONTHS.length]} 2023`;
  const text =
    `Bulletin ${i}. Russian artillery shelled ${place} on ${date}, the regional governor said. ` +
    `${(i % 4) + 1} civilians were wounded and a school building was damaged.`;
  return documentOf(text, `report-${i}.txt`);
}

/** A document the pipeline must reject (nothing but whitespace): a genuinely bad one. */
export function blankReport(i: number): SourceDocument {
  return documentOf(' '.repeat(i + 1) + '\n', `blank-${i}.txt`);
}

export { itemsOf } from '../ledger/fixtures.js';
