// Source-language words left in brackets by machine translation: "He [miércoles] March 22" → "He March 22".
// Only lowercase bracketed words that are not English are taken; an editor's insertion ("[the army]",
// "[Putin]") or "[sic]" stays.
import { isEnglishWord, wordCount } from '../lexicon.js';
import type { RepairEdit, RepairRule } from './types.js';

const BRACKETED = /\[([^\[\]\n]{1,40})\]/gu;
const KEEP = new Set(['sic', 'sic!', 'ed', 'edit']);
/** Both halves of an English compound are at least this common in spoken English. */
const MIN_PART_COUNT = 10;

/** An English compound the lexicon lacks ("subdomain" = "sub" + "domain"). */
function isEnglishCompound(word: string): boolean {
  for (let at = 3; at <= word.length - 3; at++) {
    const head = word.slice(0, at);
    const tail = word.slice(at);
    if (wordCount(head) >= MIN_PART_COUNT && wordCount(tail) >= MIN_PART_COUNT) return true;
  }
  return false;
}

function isForeign(inside: string): boolean {
  const words = inside.trim().split(/\s+/u);
  if (!words.every((w) => /^\p{Ll}+$/u.test(w))) return false;
  if (KEEP.has(inside.trim())) return false;
  return words.some((w) => /[^\p{ASCII}]/u.test(w) || (!isEnglishWord(w) && !isEnglishCompound(w)));
}

export const foreignResidue: RepairRule = {
  name: 'bracketed foreign words',
  kind: 'foreign-residue',
  find(text, ctx) {
    const edits: RepairEdit[] = [];
    if (!ctx.english) return edits;
    for (const m of text.matchAll(BRACKETED)) {
      if (!isForeign(m[1]!)) continue;
      let start = m.index!;
      let end = start + m[0].length;
      // Take one neighbouring space with it, so no double space is left behind.
      if (text[end] === ' ') end++;
      else if (text[start - 1] === ' ') start--;
      edits.push({ start, end, replacement: '', noteStart: m.index!, noteEnd: m.index! + m[0].length, noteTo: '' });
    }
    return edits;
  },
};
