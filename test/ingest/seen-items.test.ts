import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { appendFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { countDocuments } from '../../src/ingest/count.js';
import { SeenItems } from '../../src/ingest/seen-items.js';
import { tempDir } from '../ledger/fixtures.js';

let tmp: ReturnType<typeof tempDir>;
beforeEach(() => (tmp = tempDir()));
afterEach(() => tmp.cleanup());

describe('SeenItems', () => {
  it('remembers keys across opens and survives a torn last line', async () => {
    const path = join(tmp.dir, 'nested', 'seen.jsonl');
    const first = await SeenItems.open(path);
    expect(first.has(['guid:1'])).toBe(false);
    await first.add('https://feeds.example.org/a.xml', ['guid:1', 'url:https://example.org/1']);
    await first.add('https://feeds.example.org/a.xml', ['guid:2']);
    appendFileSync(path, '{"feed":"https://feeds.example.org/a.xml","keys":["guid:3"');
    const again = await SeenItems.open(path);
    expect(again.has(['url:https://example.org/1'])).toBe(true);
    expect(again.has(['guid:9', 'guid:2'])).toBe(true);
    expect(again.has(['guid:3'])).toBe(false);
    expect(again.size).toBe(3);
  });
});

describe('countDocuments', () => {
  it('counts page files as one and .jsonl files by line, and gives up on stdin', async () => {
    mkdirSync(join(tmp.dir, 'in', 'sub'), { recursive: true });
    writeFileSync(join(tmp.dir, 'in', 'a.html'), '<p>a</p>');
    writeFileSync(join(tmp.dir, 'in', 'sub', 'b.txt'), 'b');
    writeFileSync(join(tmp.dir, 'in', 'sub', 'c.jsonl'), '{"id":1,"text":"x"}\n{"id":2,"text":"y"}\n{"id":3,"text":"z"}');
    writeFileSync(join(tmp.dir, 'in', 'ignored.pdf'), '%PDF');
    expect(await countDocuments([join(tmp.dir, 'in'), 'https://example.org/page'])).toBe(6);
    expect(await countDocuments(['-'])).toBeNull();
  });
});
