// Which feed entries a watcher has already dealt with, kept across runs in an append-only JSON Lines file
// (one line per entry, written after the entry is stored). Appending keeps a crash cheap: at worst the
// last line is torn, is skipped on reading, and that entry is fetched once more (and the ledger, which
// refuses a stored content hash, keeps it once).
import { appendFile, mkdir, readFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { ERROR_CODES, SitrepError } from '../errors.js';

interface SeenLine {
  feed: string;
  keys: string[];
  at: string;
}

/** The keys of one line, or null for a line that is not one of ours (a torn last write). */
function keysOfLine(line: string): string[] | null {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    // A torn write from a crash: that entry is simply not remembered.
    return null;
  }
  const keys = (value as Partial<SeenLine> | null)?.keys;
  return Array.isArray(keys) && keys.every((k) => typeof k === 'string') ? keys : null;
}

export class SeenItems {
  private folderMade = false;

  private constructor(
    /** null: remembered for this process only. */
    readonly path: string | null,
    private readonly keys: Set<string>,
  ) {}

  static async open(path: string | null): Promise<SeenItems> {
    const keys = new Set<string>();
    if (path === null) return new SeenItems(null, keys);
    let text = '';
    try {
      text = await readFile(path, 'utf8');
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'ENOENT') {
        throw new SitrepError(ERROR_CODES.UNREADABLE, `cannot read the watch state ${path}: ${(err as Error).message}`, { path }, { cause: err });
      }
    }
    for (const line of text.split('\n')) {
      if (line.trim()) for (const key of keysOfLine(line) ?? []) keys.add(key);
    }
    return new SeenItems(path, keys);
  }

  get size(): number {
    return this.keys.size;
  }

  /** Whether any of an entry's keys (its guid, its link) was seen: the same story under two feeds counts once. */
  has(keys: readonly string[]): boolean {
    return keys.some((k) => this.keys.has(k));
  }

  async add(feed: string, keys: readonly string[]): Promise<void> {
    for (const key of keys) this.keys.add(key);
    if (this.path === null) return;
    const line: SeenLine = { feed, keys: [...keys], at: new Date().toISOString() };
    try {
      if (!this.folderMade) await mkdir(dirname(this.path), { recursive: true });
      this.folderMade = true;
      await appendFile(this.path, JSON.stringify(line) + '\n');
    } catch (err) {
      throw new SitrepError(ERROR_CODES.STORE, `cannot write the watch state ${this.path}: ${(err as Error).message}`, { path: this.path }, { cause: err });
    }
  }
}
