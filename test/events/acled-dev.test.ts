// The events stage on the ACLED dev notes, through the whole pipeline: the type of the top event and the
// toll, scored as ../shared/eval/score-events.mjs scores them. Floors sit a little under the measured
// figures, so a regression fails while upstream annotators keep improving.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { describeShared, SHARED } from '../helpers/shared.js';
import { processDocument } from '../../src/pipeline.js';
import { toRawDocument } from '../../src/ingest/document.js';
import type { SitrepEvent } from '../../src/events/types.js';
import { parseCsv } from '../../src/text/csv.js';

function top(events: readonly SitrepEvent[]): SitrepEvent | undefined {
  return events.reduce<SitrepEvent | undefined>((a, b) => (!a || b.confidence > a.confidence ? b : a), undefined);
}

describeShared('events on ACLED dev notes', () => {
  it('types, days and tolls of the top event reach the targets', () => {
    const [header, ...rows] = parseCsv(readFileSync(join(SHARED, 'corpora/acled/acled-ukraine.csv'), 'utf8'));
    const col = (name: string) => header!.indexOf(name);
    let n = 0, type = 0, sub = 0, day = 0, fatalRows = 0, fatal = 0;
    for (const r of rows) {
      if (r.length < header!.length) continue;
      const published = new Date(Number(r[col('timestamp')]) * 1000).toISOString().slice(0, 10);
      const { events } = processDocument(toRawDocument({ id: r[col('event_id_cnty')], text: r[col('notes')], published }));
      const e = top(events);
      const [dd, mm, yyyy] = r[col('event_date')]!.slice(0, 10).split('/');
      n++;
      if (e?.acled?.event_type === r[col('event_type')]) type++;
      if (e?.acled?.sub_event_type === r[col('sub_event_type')]) sub++;
      if (e?.date?.value.slice(0, 10) === `${yyyy}-${mm}-${dd}`) day++;
      if (!/split across|split among|fatality split/i.test(r[col('notes')]!)) {
        fatalRows++;
        if ((e?.fatalities?.best ?? 0) === Number(r[col('fatalities')])) fatal++;
      }
    }
    expect(n).toBeGreaterThan(400);
    expect(type / n).toBeGreaterThanOrEqual(0.95);
    expect(sub / n).toBeGreaterThanOrEqual(0.92);
    expect(day / n).toBeGreaterThanOrEqual(0.95);
    expect(fatal / fatalRows).toBeGreaterThanOrEqual(0.95);
  });
});
