// Gates: cheap tests a chunk must pass before a rule's pattern is run over it. A regex gate scans the text;
// a word gate asks whether the chunk holds one of a few whole words. One pattern of every gate word finds
// the words a chunk holds, once, and opens the gates that ask for them, so a word gate costs an array
// lookup however many rules ask. Most paragraphs hold no month name, no "yesterday", no "century": their
// rules are never run.

/** Passes when the chunk holds one of `words` (see ChunkGates). */
export class WordGate {
  constructor(
    readonly id: number,
    readonly words: readonly string[],
  ) {}
}

/** Passes when every one of `gates` passes, tested in order (cheapest first). */
export class AllGates {
  constructor(readonly gates: readonly Gate[]) {}
}

/** A regex the chunk's text must match, a word gate, or both of several. */
export type Gate = RegExp | WordGate | AllGates;

/** Word gates by id, and the gates each word opens. */
const wordGates: WordGate[] = [];
const gatesOfWord = new Map<string, number[]>();
let wordPattern: RegExp | null = null;

/** A gate that passes when the chunk holds at least one of `words` (lower case, letters a–z) as a whole word. */
export function anyWord(words: readonly string[]): WordGate {
  const gate = new WordGate(wordGates.length, words);
  wordGates.push(gate);
  for (const w of words) {
    if (!/^[a-z]+$/.test(w)) throw new Error(`a gate word is lower-case letters a-z: ${JSON.stringify(w)}`);
    const ids = gatesOfWord.get(w);
    if (ids) ids.push(gate.id);
    else gatesOfWord.set(w, [gate.id]);
  }
  wordPattern = null;
  return gate;
}

export function allOf(...gates: readonly Gate[]): AllGates {
  return new AllGates(gates);
}

/**
 * The gates one chunk passes, each worked out at most once. A word counts when it stands as a run of
 * letters a–z, either case, with no letter on either side: a rule's pattern that matches a word between
 * \b edges (or whitespace, hyphens, digits) matches such a run, so a word gate never turns away a chunk
 * its rule would have matched.
 */
export class ChunkGates {
  private open: Uint8Array | null = null;
  private regexResults: Map<RegExp, boolean> | null = null;
  constructor(readonly text: string) {}

  passes(gate: Gate): boolean {
    if (gate instanceof WordGate) return (this.open ?? this.findWords())[gate.id] === 1;
    if (gate instanceof AllGates) return gate.gates.every((g) => this.passes(g));
    this.regexResults ??= new Map();
    let result = this.regexResults.get(gate);
    if (result === undefined) this.regexResults.set(gate, (result = gate.test(this.text)));
    return result;
  }

  private findWords(): Uint8Array {
    const open = new Uint8Array(wordGates.length);
    wordPattern ??= new RegExp(`(?<![A-Za-z])(?:${[...gatesOfWord.keys()].join('|')})(?![A-Za-z])`, 'gi');
    for (const [word] of this.text.matchAll(wordPattern)) {
      for (const id of gatesOfWord.get(word.toLowerCase())!) open[id] = 1;
    }
    this.open = open;
    return open;
  }
}
