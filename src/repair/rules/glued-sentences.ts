// Sentences run together where a line break was lost: "no war.We do not" → "no war. We do not",
// `abandoned.""There` → `abandoned." "There`. Domains and initials ("Gazeta.pl", "U.S.") do not match:
// the left side must be a lowercase word and the right side a capitalised one.
import type { RepairEdit, RepairRule } from './types.js';

const SHAPES: ReadonlyArray<{ re: RegExp; /** where the space goes, from the match start */ at: (m: RegExpMatchArray) => number }> = [
  { re: /\p{Ll}{2}[.!?](?=\p{Lu}\p{Ll})/gu, at: (m) => m[0].length },
  { re: /[.!?,]["”](?=["“]\p{Lu})/gu, at: (m) => m[0].length },
  { re: /\p{Ll}[.!?]["”](?=\p{Lu}\p{Ll})/gu, at: (m) => m[0].length },
];

/** Inside a URL or an address the text runs on purpose. */
function inLink(text: string, at: number): boolean {
  const from = text.lastIndexOf(' ', at) + 1;
  const to = text.indexOf(' ', at);
  const chunk = text.slice(from, to < 0 ? undefined : to);
  return /[/@]|www|https?:|\.(com|org|net)\b/i.test(chunk);
}

export const gluedSentences: RepairRule = {
  name: 'glued sentences',
  kind: 'glued-sentences',
  find(text) {
    const at = new Set<number>();
    for (const { re, at: place } of SHAPES) {
      for (const m of text.matchAll(re)) {
        const pos = m.index! + place(m);
        if (!inLink(text, pos)) at.add(pos);
      }
    }
    return [...at].sort((a, b) => a - b).map((pos) => {
      const from = Math.max(0, text.lastIndexOf(' ', pos) + 1);
      const next = text.indexOf(' ', pos);
      const to = next < 0 ? text.length : next;
      return { start: pos, end: pos, replacement: ' ', noteStart: from, noteEnd: to, noteTo: `${text.slice(from, pos)} ${text.slice(pos, to)}` };
    });
  },
};
