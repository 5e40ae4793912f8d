// Walking folders: each folder read once by device and inode, however many links lead to it; a link back
// to a folder the walk is inside (a loop) reported once per link and not followed.
import { afterEach, describe, expect, it } from 'vitest';
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readTargets, type ReadTarget } from '../../src/ingest/reader.js';
import { tempDir } from '../ledger/fixtures.js';

let tmp: ReturnType<typeof tempDir>;
afterEach(() => tmp?.cleanup());

async function targets(paths: string[]): Promise<ReadTarget[]> {
  const out: ReadTarget[] = [];
  for await (const t of readTargets(paths)) out.push(t);
  return out;
}
const files = (ts: ReadTarget[]) => ts.flatMap((t) => ('file' in t ? [t.file] : []));
const failures = (ts: ReadTarget[]) => ts.flatMap((t) => ('failure' in t ? [t.failure] : []));

describe('folder walk and symbolic links', () => {
  it('reads a folder with a link to itself once and reports the loop once', async () => {
    tmp = tempDir();
    const root = join(tmp.dir, 'reports');
    mkdirSync(root);
    writeFileSync(join(root, 'a.txt'), 'A report of our own.');
    symlinkSync(root, join(root, 'self'));
    const found = await targets([root]);
    expect(files(found)).toEqual([join(root, 'a.txt')]);
    expect(failures(found)).toHaveLength(1);
    expect(failures(found)[0]!.where).toBe(join(root, 'self'));
    expect(failures(found)[0]!.error.message).toContain('loop');
  });

  it('ends a walk through two folders linking to each other, each file once', async () => {
    tmp = tempDir();
    const a = join(tmp.dir, 'a');
    const b = join(tmp.dir, 'b');
    mkdirSync(a);
    mkdirSync(b);
    writeFileSync(join(a, 'one.txt'), 'First invented report.');
    writeFileSync(join(b, 'two.txt'), 'Second invented report.');
    symlinkSync(b, join(a, 'to-b'));
    symlinkSync(a, join(b, 'to-a'));
    symlinkSync(a, join(a, 'to-a-again'));
    const found = await targets([tmp.dir]);
    expect(files(found).sort()).toEqual([join(a, 'one.txt'), join(a, 'to-b', 'two.txt')].sort());
    // a/to-a-again and a/to-b/to-a lead back into a, which the walk is inside.
    expect(failures(found).map((f) => f.where).sort()).toEqual([join(a, 'to-a-again'), join(a, 'to-b', 'to-a')].sort());
  });

  it('reads a folder reached twice (two links, or given twice) once, and reports no loop', async () => {
    tmp = tempDir();
    const shared = join(tmp.dir, 'shared');
    mkdirSync(shared);
    writeFileSync(join(shared, 'x.txt'), 'An invented report.');
    mkdirSync(join(tmp.dir, 'left'));
    symlinkSync(shared, join(tmp.dir, 'left', 'link'));
    const found = await targets([tmp.dir, shared]);
    expect(files(found)).toHaveLength(1);
    expect(failures(found)).toEqual([]);
  });
});
