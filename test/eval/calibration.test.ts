// The calibration report's arithmetic, on made-up scores: bins, expected calibration error and AUC.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { newsCalibration, reliability } from '../../scripts/calibration.js';
import { csvRecords, parseCsv } from '../../src/text/csv.js';

describe('reliability', () => {
  it('is perfect when confidence equals the share right in every bin', () => {
    const scored = [
      ...Array.from({ length: 4 }, (_, i) => ({ confidence: 0.75, right: i < 3 })),
      ...Array.from({ length: 4 }, (_, i) => ({ confidence: 0.25, right: i < 1 })),
    ];
    const r = reliability(scored);
    expect(r.ece).toBeCloseTo(0, 10);
    expect(r.bins.filter((b) => b.n > 0).map((b) => b.shareRight)).toEqual([0.25, 0.75]);
  });

  it('measures over-confidence, and an AUC of 1 when confidence ranks every right event first', () => {
    const r = reliability([{ confidence: 0.95, right: true }, { confidence: 0.95, right: false }, { confidence: 0.1, right: false }]);
    expect(r.ece).toBeGreaterThan(0.3);
    expect(reliability([{ confidence: 0.9, right: true }, { confidence: 0.2, right: false }]).auc).toBe(1);
    expect(reliability([{ confidence: 0.5, right: true }, { confidence: 0.5, right: false }]).auc).toBe(0.5);
  });
});

describe('news calibration', () => {
  it('matches judgments by document and trigger, and counts what is no longer found', () => {
    const dir = mkdtempSync(join(tmpdir(), 'sitrep-calib-'));
    const out = join(dir, 'out.jsonl');
    writeFileSync(out, [
      JSON.stringify({ id: 'a', events: [{ confidence: 0.9, type: 'strike.missile', trigger: { start: 10 } }] }),
      JSON.stringify({ id: 'b', events: [{ confidence: 0.3, type: 'statement', trigger: { start: 4 } }] }),
    ].join('\n'));
    const judged = join(dir, 'judged.json');
    writeFileSync(judged, JSON.stringify({ judged: [
      { doc: 'a', trigger: 10, real: true }, { doc: 'b', trigger: 4, real: false }, { doc: 'c', trigger: 0, real: true },
    ] }));
    const r = newsCalibration(out, judged);
    expect(r.found).toBe(2);
    expect(r.realKept).toBe(0.5);
    expect(r.precision).toBe(0.5);
    expect(r.precisionAtHalf).toBe(1);
    expect(r.auc).toBe(1);
  });
});

describe('csv', () => {
  it('reads quoted fields with commas, quotes and line breaks', () => {
    expect(parseCsv('a,b\n"x, y","say ""hi""\nthere"\n')).toEqual([['a', 'b'], ['x, y', 'say "hi"\nthere']]);
    expect(csvRecords('id,name\r\n1,Hilltown\r\n')).toEqual([{ id: '1', name: 'Hilltown' }]);
  });
});
