// Finds the spans that may name a place: runs of capitalised words inside a sentence, cut at words that
// are never part of a place name, with the area word that follows them ("Kherson Oblast", "Izium raion")
// and the cue that precedes them ("the village of", "near").
import type { Sentence } from '../types.js';
import {
  ADMIN1_WORDS, ADMIN2_WORDS, CUES_BEFORE, DEMONYM_COMPOUND, FACILITY_WORDS, PERSON_TITLES, STOP_WORDS, STREET_WORDS,
  type Cue,
} from './cues.js';

export interface NameRun {
  /** The name itself, without area word or possessive. */
  start: number;
  end: number;
  text: string;
  sentence: number;
  /** An area word makes the name an admin1 or admin2 area. */
  area: 'admin1' | 'admin2' | null;
  /** End of the whole phrase, area word included. */
  phraseEnd: number;
  cue: Cue | null;
  /** Preceded by a person's title: a person, not a place. */
  person: boolean;
  /** Directly followed by a word that makes it an organisation, a unit or a street ("Azov regiment"). */
  organisation: boolean;
  /** The whole run with its facility word ("Kharkiv Airport"), tried as a name before the bare place. */
  facility: { end: number; text: string } | null;
}

interface Word {
  start: number;
  end: number;
  text: string;
}

// A capitalised word, possibly hyphenated ("Posad-Pokrovske", "Rostov-on-Don", "Ivano-Frankivsk").
const WORD = /\p{Lu}[\p{L}\p{M}'’ʼ]*(?:-[\p{L}\p{M}'’ʼ]+)*/gu;
const POSSESSIVE = /['’]s$/;
const ORG_AFTER = /^\s+(?:street|square|avenue|boulevard|lane|road|regiment|battalion|brigade|fighters|group|unit|company|agency|newspaper|channel|outlet|crude|media|post|independent|times|pravda)\b/i;
export const LIST_GAP = /^\s*(?:,|,?\s+(?:and|or|та|і|й|и|или|або))\s+$/u;
const PLURAL_AREA = /^(?:oblasts|regions|provinces|raions|rayons|districts|hromadas|communities)$/i;

// Every capitalised word of every sentence is tested, and the same words recur: answers are kept (bounded).
const stopWordCache = new Map<string, boolean>();

function isStopWord(w: Word): boolean {
  let stop = stopWordCache.get(w.text);
  if (stop === undefined) {
    stop = STOP_WORDS.has(w.text.replace(/\.$/, '').toLowerCase()) || DEMONYM_COMPOUND.test(w.text);
    if (stopWordCache.size >= 20_000) stopWordCache.clear();
    stopWordCache.set(w.text, stop);
  }
  return stop;
}

/** Capitalised words of one sentence, grouped when only a single space separates them. */
function wordGroups(text: string, sentence: Sentence): Word[][] {
  const slice = text.slice(sentence.start, sentence.end);
  const first = sentence.tokens[0];
  const groups: Word[][] = [];
  let current: Word[] = [];
  for (const m of slice.matchAll(WORD)) {
    const start = sentence.start + m.index;
    const w: Word = { start, end: start + m[0].length, text: m[0] };
    // wink's English model tags Cyrillic words X: no evidence either way, so they are kept.
    const sentenceInitialCommon = first !== undefined && first.start === start && first.pos !== 'PROPN' && first.pos !== 'X';
    const prev = current[current.length - 1];
    // One space or no-break space between them, tested on the character rather than a sliced gap.
    const gap = prev !== undefined && w.start - prev.end === 1 ? text.charCodeAt(prev.end) : -1;
    const joined = (gap === 0x20 || gap === 0xa0) && !POSSESSIVE.test(prev!.text);
    if (!joined && current.length) {
      groups.push(current);
      current = [];
    }
    if (isStopWord(w) || sentenceInitialCommon) {
      if (current.length) groups.push(current);
      current = [];
      continue;
    }
    current.push(w);
    // An untagged (Cyrillic) sentence opener may be any word: it stands alone rather than join a name.
    if (first !== undefined && first.start === start && first.pos === 'X') {
      groups.push(current);
      current = [];
    }
  }
  if (current.length) groups.push(current);
  return groups;
}

function cueBefore(text: string, start: number, sentenceStart: number): Cue | null {
  const before = text.slice(Math.max(sentenceStart, start - 60), start);
  for (const [re, cue] of CUES_BEFORE) if (re.test(before)) return cue;
  return null;
}

/** Turns one group of words into a run: area word cut off, possessive dropped. */
function toRun(text: string, words: Word[], sentence: number, sentenceStart: number): NameRun | null {
  const street = words.findIndex((w, i) => i > 0 && STREET_WORDS.test(w.text));
  if (street > 0) return null;
  let facility: NameRun['facility'] = null;
  const facilityAt = words.findIndex((w, i) => i > 0 && FACILITY_WORDS.test(w.text));
  if (facilityAt > 0) {
    const last = words[words.length - 1]!;
    facility = { end: last.end, text: text.slice(words[0]!.start, last.end) };
    words = words.slice(0, facilityAt);
  }
  let area: NameRun['area'] = null;
  let phraseEnd = words[words.length - 1]!.end;
  const areaAt = words.findIndex((w, i) => i > 0 && (ADMIN1_WORDS.test(w.text) || ADMIN2_WORDS.test(w.text)));
  if (areaAt > 0) {
    area = ADMIN1_WORDS.test(words[areaAt]!.text) ? 'admin1' : 'admin2';
    phraseEnd = words[areaAt]!.end;
    words = words.slice(0, areaAt);
  }
  const last = words[words.length - 1]!;
  let end = last.end;
  if (POSSESSIVE.test(last.text)) end -= 2;
  else if (/s['’]$/.test(last.text)) end -= 1; // plural possessive ("the United States'")
  if (!area) {
    const next = /^\s+(\p{L}+)/u.exec(text.slice(end, end + 40));
    if (next && (ADMIN1_WORDS.test(next[1]!) || ADMIN2_WORDS.test(next[1]!))) {
      area = ADMIN1_WORDS.test(next[1]!) ? 'admin1' : 'admin2';
      phraseEnd = end + next[0].length;
    }
  }
  const start = words[0]!.start;
  if (end <= start) return null;
  const before = text.slice(Math.max(sentenceStart, start - 30), start);
  return {
    start, end, text: text.slice(start, end), sentence, area, phraseEnd,
    cue: cueBefore(text, start, sentenceStart),
    person: PERSON_TITLES.test(before),
    organisation: ORG_AFTER.test(text.slice(phraseEnd, phraseEnd + 30)),
    facility,
  };
}

/** Every candidate name run of a section's text, in order. */
export function findNameRuns(text: string, sentences: readonly Sentence[]): NameRun[] {
  const runs: NameRun[] = [];
  sentences.forEach((s, i) => {
    for (const group of wordGroups(text, s)) {
      const run = toRun(text, group, i, s.start);
      if (run) runs.push(run);
    }
  });
  spreadOverLists(text, runs);
  return runs;
}

/**
 * In "the villages of A, B and C" the cue reaches every name of the list, and in "Donetsk and Luhansk
 * oblasts" the plural area word reaches every name before it.
 */
function spreadOverLists(text: string, runs: NameRun[]): void {
  for (let i = 1; i < runs.length; i++) {
    const prev = runs[i - 1]!;
    const cur = runs[i]!;
    if (prev.sentence === cur.sentence && !cur.cue && prev.cue && LIST_GAP.test(text.slice(prev.phraseEnd, cur.start))) {
      cur.cue = prev.cue;
    }
  }
  for (let i = runs.length - 1; i > 0; i--) {
    const cur = runs[i]!;
    if (!cur.area || !PLURAL_AREA.test(text.slice(cur.end, cur.phraseEnd).trim())) continue;
    for (let j = i - 1; j >= 0; j--) {
      const prev = runs[j]!;
      const next = runs[j + 1]!;
      if (prev.area || prev.sentence !== cur.sentence || !LIST_GAP.test(text.slice(prev.end, next.start))) break;
      prev.area = cur.area;
    }
  }
}
