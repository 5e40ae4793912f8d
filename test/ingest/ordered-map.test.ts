import { describe, expect, it } from 'vitest';
import { mapOrdered } from '../../src/ingest/ordered-map.js';

const delay = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('mapOrdered', () => {
  it('yields in input order with at most `concurrency` calls running', async () => {
    let running = 0;
    let peak = 0;
    const out: number[] = [];
    for await (const v of mapOrdered([30, 5, 20, 1, 10, 2], 3, async (ms) => {
      running++;
      peak = Math.max(peak, running);
      await delay(ms);
      running--;
      return ms * 2;
    })) {
      out.push(v);
    }
    expect(out).toEqual([60, 10, 40, 2, 20, 4]);
    expect(peak).toBe(3);
  });

  it('throws a failed call at its place, without unhandled rejections from later ones', async () => {
    const out: string[] = [];
    const run = async () => {
      for await (const v of mapOrdered(['a', 'bad', 'c', 'bad2'], 4, async (s) => {
        await delay(s === 'bad2' ? 0 : 5);
        if (s.startsWith('bad')) throw new Error(s);
        return s;
      })) {
        out.push(v);
      }
    };
    await expect(run()).rejects.toThrow('bad');
    expect(out).toEqual(['a']);
  });
});
