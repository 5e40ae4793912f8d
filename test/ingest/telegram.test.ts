// Telegram Desktop's channel export (result.json) ingested as documents: the channel as outlet, the post's
// t.me link, its UTC time; forwarded posts keep their origin; service messages and empty texts skipped.
// The export is hand-made here (own sentences in Ukrainian, Russian and English).
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { telegramDocuments, parseTelegramExport, messageText } from '../../src/ingest/telegram.js';
import { tempDir } from '../ledger/fixtures.js';
import { runCli as run } from '../cli/memory-io.js';

const UK = 'Вранці 3 березня 2024 року окупанти обстріляли Херсон, пошкоджено склад, повідомили в обласній військовій адміністрації.';
const RU = 'Утром 4 марта 2024 года над Белгородом силы ПВО сбили два беспилотника, сообщили в администрации города.';
const EN = 'Air defence downed three drones over Odesa on 5 March 2024, the regional administration said.';

const exportOf = (edits: { text?: string; edited?: boolean } = {}) => ({
  name: 'Тестовий канал',
  type: 'public_channel',
  id: 1234567890,
  messages: [
    { id: 1, type: 'service', date: '2024-03-01T10:00:00', date_unixtime: '1709287200', actor: 'Тестовий канал', action: 'create_channel', text: '' },
    // date is local time (UTC+2 here); date_unixtime 1709456400 is 2024-03-03T09:00:00Z.
    { id: 2, type: 'message', date: '2024-03-03T11:00:00', date_unixtime: '1709456400', from: 'Тестовий канал', text: [{ type: 'bold', text: 'Херсон. ' }, edits.text ?? UK, { type: 'hashtag', text: ' #новини' }], ...(edits.edited ? { edited: '2024-03-03T12:30:00', edited_unixtime: '1709461800' } : {}) },
    { id: 3, type: 'message', date: '2024-03-04T08:15:00', date_unixtime: '1709532900', forwarded_from: 'Другой канал', text: RU },
    { id: 4, type: 'message', date: '2024-03-04T09:00:00', date_unixtime: '1709535600', photo: '(File not included.)', text: '' },
    { id: 5, type: 'message', date: '2024-03-05T07:00:00', date_unixtime: '1709614800', text: EN },
  ],
});

interface Happening {
  type: string;
  date?: { value: string };
  location?: { name: string };
  independentSources: number;
  sources: Array<{ url: string | null }>;
}

async function events(db: string): Promise<Happening[]> {
  const listed = await run(['events', '--db', db, '--json']);
  expect(listed.code).toBe(0);
  return listed.out.split('\n').filter(Boolean).map((l) => JSON.parse(l) as Happening);
}

describe('Telegram channel export', () => {
  it('makes one document per message with text, and counts what it skips', () => {
    const bytes = new TextEncoder().encode(JSON.stringify(exportOf()));
    const { documents, skipped } = telegramDocuments(parseTelegramExport(bytes, 'result.json'), null);
    expect(skipped).toEqual({ service: 1, empty: 1 });
    expect(documents.map((d) => [d.url, d.givenPublished])).toEqual([
      ['https://t.me/c/1234567890/2', '2024-03-03T09:00:00Z'],
      ['https://t.me/c/1234567890/3', '2024-03-04T06:15:00Z'],
      ['https://t.me/c/1234567890/5', '2024-03-05T05:00:00Z'],
    ]);
    expect(messageText([{ type: 'bold', text: 'A ' }, 'b', { type: 'link', text: ' c' }])).toBe('A b c');
  });

  it('links a Ukrainian post and an English text about one strike into one happening with two sources', async () => {
    const tmp = tempDir();
    try {
      const db = join(tmp.dir, 'ledger.db');
      const file = join(tmp.dir, 'result.json');
      writeFileSync(file, JSON.stringify({ ...exportOf(), username: 'test_channel' }));
      // An English report of the Kherson strike by another outlet, published the same morning.
      const en = join(tmp.dir, 'wire.jsonl');
      const wire = 'Russian forces shelled Kherson on the morning of 3 March 2024, damaging a warehouse, the regional military administration said.';
      writeFileSync(en, JSON.stringify({ id: 'wire-1', text: wire, url: 'https://wire.example/kherson-warehouse', published: '2024-03-03T10:30:00Z' }) + '\n');
      expect((await run(['ingest', '--db', db, file, en])).code).toBe(0);
      const kherson = (await events(db)).filter((h) => h.location?.name === 'Kherson');
      expect(kherson).toHaveLength(1);
      expect(kherson[0]!.sources.map((s) => s.url).sort()).toEqual(['https://t.me/test_channel/2', 'https://wire.example/kherson-warehouse']);
      expect(kherson[0]!.independentSources).toBe(2);
      expect(kherson[0]!.date?.value).toBe('2024-03-03');
    } finally {
      tmp.cleanup();
    }
  });

  it('links by the channel username when the export gives one', () => {
    const exp = { ...exportOf(), username: 'test_channel' };
    const { documents } = telegramDocuments(exp, null);
    expect(documents[0]!.url).toBe('https://t.me/test_channel/2');
  });

  it('refuses a .json file that is not an export, with its reason', () => {
    expect(() => parseTelegramExport(new TextEncoder().encode('{"rows":[]}'), 'rows.json')).toThrow(/Telegram Desktop channel export/);
    expect(() => parseTelegramExport(new TextEncoder().encode('{"rows":'), 'bad.json')).toThrow(expect.objectContaining({ code: 'bad_json' }));
  });

  it('ingests into a ledger with the channel as outlet, the post link and its time; an edit is the same link\'s newer version', async () => {
    const tmp = tempDir();
    try {
      const db = join(tmp.dir, 'ledger.db');
      const file = join(tmp.dir, 'result.json');
      writeFileSync(file, JSON.stringify(exportOf()));
      const first = await run(['ingest', '--db', db, file]);
      expect(first.code).toBe(0);
      // The service message and the photo without a caption are counted as passed over, not lost silently.
      expect(first.out).toMatch(/ingested 3 documents: 3 new, .* 0 undated, 2 entries passed over \(service messages: 1, messages without text: 1\)/);
      const rows = () => {
        const sql = new Database(db, { readonly: true });
        try {
          return sql
            .prepare(
              `SELECT d.url, c.published, c.site_name, c.byline, c.body, s.outlet FROM documents d
               JOIN cleaned_documents c ON c.document_id = d.id JOIN document_sources s ON s.document_id = d.id ORDER BY d.id`,
            )
            .all() as Array<{ url: string; published: string; site_name: string; byline: string | null; body: string; outlet: string }>;
        } finally {
          sql.close();
        }
      };
      const got = rows();
      expect(got.map((r) => r.url)).toEqual(['https://t.me/c/1234567890/2', 'https://t.me/c/1234567890/3', 'https://t.me/c/1234567890/5']);
      expect(got.map((r) => r.outlet)).toEqual(['тестовий канал', 'тестовий канал', 'тестовий канал']);
      expect(got.map((r) => r.published?.slice(0, 16))).toEqual(['2024-03-03T09:00', '2024-03-04T06:15', '2024-03-05T05:00']);
      expect(got[1]!.byline).toContain('Другой канал');
      expect(got[0]!.body).toContain('обстріляли Херсон');
      // Each post's events come from its own language's pack, with the post's link as the report's URL.
      const happenings = await events(db);
      const byUrl = (url: string) => happenings.filter((h) => h.sources.some((s) => s.url === url));
      expect(byUrl('https://t.me/c/1234567890/2').map((h) => [h.type, h.location?.name])).toEqual([['strike.shelling', 'Kherson']]);
      expect(byUrl('https://t.me/c/1234567890/3').map((h) => h.location?.name)).toEqual(['Belgorod']);
      expect(byUrl('https://t.me/c/1234567890/5').map((h) => [h.type, h.location?.name])).toEqual([['weapons.disrupted', 'Odesa']]);

      // A later export with the post edited: ingested again, the link's newest version holds the edited text.
      // The ledger keys documents by content, so the earlier version is kept beside it (same URL), but it
      // is superseded: its events left the ledger, and the post's happening has one report, the edit's.
      writeFileSync(file, JSON.stringify(exportOf({ text: UK.replace('склад', 'два склади'), edited: true })));
      expect((await run(['ingest', '--db', db, file])).code).toBe(0);
      const edited = rows().filter((r) => r.url === 'https://t.me/c/1234567890/2');
      expect(edited.at(-1)!.body).toContain('два склади');
      expect(edited.length).toBe(2);
      expect(edited[0]!.body).not.toContain('два склади');
      const post = (await events(db)).filter((h) => h.sources.some((src) => src.url === 'https://t.me/c/1234567890/2'));
      expect(post).toHaveLength(1);
      expect(post[0]!.sources.filter((src) => src.url === 'https://t.me/c/1234567890/2')).toHaveLength(1);
    } finally {
      tmp.cleanup();
    }
  });
});
