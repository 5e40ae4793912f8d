// The white-space delimited chunk around a position, and whether it is a link, an address or code,
// where words and sentences run together on purpose.

export interface Chunk {
  from: number;
  to: number;
  chunk: string;
}

export function chunkAt(text: string, at: number): Chunk {
  const from = text.lastIndexOf(' ', at - 1) + 1;
  const next = text.indexOf(' ', at);
  const to = next < 0 ? text.length : next;
  return { from, to, chunk: text.slice(from, to) };
}

export function looksLikeCode(chunk: string): boolean {
  return /[/@#{}<>=_*\\[\]]|www|https?:|\w\(|;$/u.test(chunk) || (chunk.match(/\p{L}\.\p{L}/gu) ?? []).length >= 2;
}
