// Multi-row statements are cut into chunks so a long live blog stays under any driver's bound-parameter
// limit (SQLite's 32,766, PostgreSQL's 65,535) however many rows one save writes.

export function inChunks<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}
