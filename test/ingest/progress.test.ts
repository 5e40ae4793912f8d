import { describe, expect, it } from 'vitest';
import { PassThrough } from 'node:stream';
import { Progress, progressMode } from '../../src/ingest/progress.js';

function sink(isTTY: boolean) {
  const stream = Object.assign(new PassThrough(), { isTTY, columns: 100 });
  let text = '';
  stream.on('data', (c: Buffer) => (text += c.toString()));
  return { stream, text: () => text };
}

describe('progress', () => {
  it('is a bar on a terminal, lines when asked, and nothing on a pipe or when quiet', () => {
    expect(progressMode(sink(true).stream, {})).toBe('bar');
    expect(progressMode(sink(true).stream, { quiet: true })).toBe('off');
    expect(progressMode(sink(false).stream, {})).toBe('off');
    expect(progressMode(sink(false).stream, { lines: true })).toBe('lines');
  });

  it('draws done/total and rate in place on a terminal, keeping notes above it and clearing at the end', () => {
    const s = sink(true);
    const p = new Progress(s.stream, 'bar', 40);
    for (let i = 0; i < 40; i++) p.tick(i === 3);
    p.note('sitrep: x: unreadable');
    p.finish();
    const text = s.text();
    expect(text).toMatch(/\r\x1b\[K\[#+\] 40\/40 documents, [\d.]+\/s, 1 failed/);
    expect(text).toContain('sitrep: x: unreadable\n');
    expect(text.endsWith('\r\x1b[K')).toBe(true);
  });

  it('writes a line at each 5% step in lines mode and nothing when off', () => {
    const lines = sink(false);
    const p = new Progress(lines.stream, 'lines', 100);
    for (let i = 0; i < 100; i++) p.tick();
    p.finish();
    const written = lines.text().trim().split('\n');
    expect(written.length).toBeGreaterThanOrEqual(20);
    expect(written.length).toBeLessThanOrEqual(22);
    expect(written.at(-1)).toMatch(/^100\/100 documents/);
    const off = sink(false);
    const q = new Progress(off.stream, 'off', 10);
    for (let i = 0; i < 10; i++) q.tick();
    q.finish();
    expect(off.text()).toBe('');
  });
});
