import { afterAll, beforeAll, expect, it } from 'vitest';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { main } from '../../src/edges/cli/main.js';
import { SHARED, describeShared } from '../helpers/shared.js';
import { tempDir } from '../ledger/fixtures.js';
import { memoryIO } from './memory-io.js';

describeShared('sitrep ingest on the shared seed documents', () => {
  let tmp: ReturnType<typeof tempDir>;
  beforeAll(() => {
    tmp = tempDir();
  });
  afterAll(() => tmp.cleanup());

  it('stores every seed once, with events, and finds nothing new the second time', async () => {
    const seeds = join(SHARED, 'seeds');
    const count = readdirSync(seeds).filter((f) => f.endsWith('.txt')).length;
    const db = join(tmp.dir, 'ledger.db');
    const first = memoryIO();
    expect(await main(['ingest', '--db', db, seeds], first.io)).toBe(0);
    expect(first.out()).toMatch(new RegExp(`ingested ${count} documents: ${count} new, 0 updated, 0 unchanged, 0 failed`));
    const again = memoryIO();
    expect(await main(['ingest', '--db', db, seeds], again.io)).toBe(0);
    expect(again.out()).toMatch(new RegExp(`${count} unchanged`));
    const events = memoryIO();
    expect(await main(['events', '--db', db, '--json'], events.io)).toBe(0);
    const lines = events.out().trim().split('\n').filter(Boolean).map((l) => JSON.parse(l) as { id: number; document: { name: string } });
    expect(lines.length).toBeGreaterThan(0);
    expect(new Set(lines.map((l) => l.id)).size).toBe(lines.length);
  });
});
