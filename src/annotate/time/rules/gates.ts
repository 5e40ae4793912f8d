// Gates: cheap tests a chunk must pass before a rule's pattern is run over it. A regex gate scans the text;
// a word gate asks whether the chunk holds a whole word, which is a set lookup once the chunk's words are
// known, and so costs next to nothing however many rules ask. Most paragraphs hold no month name, no
// "yesterday", no "century": their rules are never run.
import type { ChunkView, Gate } from './types.js';

/** Every word some gate asks for; one pattern finds which of them a chunk holds (see ChunkWords). */
const GATE_WORDS = new Set<string>();
let gateWordPattern: RegExp | null = null;

/** Passes when the chunk holds at least one of `words` (lower case, letters a–z only) as a whole word. */
export function anyWord(words: readonly string[]): Gate {
  for (const w of words) {
    if (!/^[a-z]+$/.test(w)) throw new Error(`a gate word is lower-case letters a-z: ${JSON.stringify(w)}`);
    GATE_WORDS.add(w);
  }
  gateWordPattern = null;
  return (chunk: ChunkView) => words.some((w) => chunk.hasWord(w));
}

/** Passes when every one of `gates` passes, tested in order (put the cheapest first). */
export function allOf(...gates: readonly Gate[]): Gate {
  return (chunk: ChunkView) => gates.every((g) => passes(g, chunk));
}

export function passes(gate: Gate, chunk: ChunkView): boolean {
  return typeof gate === 'function' ? gate(chunk) : gate.test(chunk.text);
}

/**
 * The gate words a chunk holds as whole words: runs of letters a–z, either case, with no letter on either
 * side. A rule's pattern that matches a word between \b edges (or whitespace, hyphens, digits) matches such
 * a run, so a word gate never turns away a chunk its rule would have matched. The chunk is scanned once,
 * by one pattern of all the gate words, and only when some gate asks.
 */
export class ChunkWords implements ChunkView {
  private words: Set<string> | null = null;
  constructor(readonly text: string) {}

  hasWord(word: string): boolean {
    if (!this.words) {
      gateWordPattern ??= new RegExp(`(?<![A-Za-z])(?:${[...GATE_WORDS].join('|')})(?![A-Za-z])`, 'gi');
      this.words = new Set();
      for (const m of this.text.matchAll(gateWordPattern)) this.words.add(m[0].toLowerCase());
    }
    return this.words.has(word);
  }
}
