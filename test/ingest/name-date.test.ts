import { describe, expect, it } from 'vitest';
import { dateFromName } from '../../src/ingest/name-date.js';

describe('dateFromName', () => {
  it('reads the forms archives and news sites name things by', () => {
    expect(dateFromName('/data/news/20230606T060000Z_UA_en_0a1b2c.txt')).toEqual({ published: '2023-06-06T06:00:00Z', evidence: '20230606T060000Z', from: 'file name' });
    expect(dateFromName('pages/2023-06-06-kherson-dam.html')?.published).toBe('2023-06-06');
    expect(dateFromName('https://example.org/world/2023/06/06/dam-breached?id=20240101T000000Z')?.published).toBe('2023-06-06');
  });

  it('reads nothing from names that only look like dates', () => {
    expect(dateFromName('report-2023-13-40.txt')).toBeNull();
    expect(dateFromName('id-12023-06-06.txt')).toBeNull();
    expect(dateFromName('notes.txt')).toBeNull();
    expect(dateFromName('https://example.org/2023/06/06.html')).toBeNull();
    // A date in a folder name is not the file's, unless the folders are year/month/day.
    expect(dateFromName('/archive/2023-06-06/notes.txt')).toBeNull();
    expect(dateFromName('/archive/2023/06/06/notes.txt')?.published).toBe('2023-06-06');
    expect(dateFromName('0001-01-01-start.txt')).toBeNull();
  });
});
