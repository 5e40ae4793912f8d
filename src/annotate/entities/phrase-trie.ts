// Phrases as a trie over words and the gaps between them, so "Ukraine's Defense Ministry" matches the
// words Ukraine / 's Defense / Ministry in one walk. Case is exact; callers add the case variants they accept.
import { wordsOf, type Word } from './words.js';

// Children are keyed by gap, then by word: walking looks both up as they are, with no key string built per
// step (longestAt runs at every word of every section). First words have a map of their own: at most
// words, the walk ends after that one lookup.
interface Node<T> {
  next: Map<string, Map<string, Node<T>>>;
  payloads: T[];
}

function child<T>(node: Node<T>, gap: string, word: string): Node<T> | undefined {
  return node.next.get(gap)?.get(word);
}

export interface PhraseMatch<T> {
  /** Word indexes, end exclusive. */
  from: number;
  to: number;
  payloads: readonly T[];
}

export class PhraseTrie<T> {
  private readonly first = new Map<string, Node<T>>();

  add(phrase: string, payload: T): void {
    const words = wordsOf(phrase);
    if (words.length === 0) return;
    let byWord = this.first;
    let node: Node<T> | undefined;
    for (const w of words) {
      if (node) {
        let m = node.next.get(w.gap);
        if (!m) node.next.set(w.gap, (m = new Map()));
        byWord = m;
      }
      let next = byWord.get(w.text);
      if (!next) byWord.set(w.text, (next = { next: new Map(), payloads: [] }));
      node = next;
    }
    node!.payloads.push(payload);
  }

  /** The longest phrase starting at word `from`, or null. */
  longestAt(words: readonly Word[], from: number): PhraseMatch<T> | null {
    let node = this.first.get(words[from]!.text);
    let best: PhraseMatch<T> | null = null;
    let i = from;
    while (node) {
      if (node.payloads.length > 0) best = { from, to: i + 1, payloads: node.payloads };
      const w = words[i + 1];
      if (!w) break;
      node = child(node, w.gap, w.text);
      i++;
    }
    return best;
  }

  /** Longest matches, left to right, not overlapping one another (an array: callers read them all). */
  scan(words: readonly Word[]): PhraseMatch<T>[] {
    const out: PhraseMatch<T>[] = [];
    for (let i = 0; i < words.length; ) {
      const m = this.longestAt(words, i);
      if (m) {
        out.push(m);
        i = m.to;
      } else i++;
    }
    return out;
  }

  /** A phrase that ends right before word `before` (starting at most `maxWords` back), longest first. */
  endingBefore(words: readonly Word[], before: number, maxWords: number): PhraseMatch<T> | null {
    for (let from = Math.max(0, before - maxWords); from < before; from++) {
      const m = this.longestAt(words, from);
      if (m && m.to === before) return m;
    }
    return null;
  }
}

/** The phrase as written, and with its first letter in the other case (sentence starts, headlines). */
export function caseVariants(phrase: string): string[] {
  const first = phrase[0]!;
  const flipped = first === first.toUpperCase() ? first.toLowerCase() : first.toUpperCase();
  return [phrase, flipped + phrase.slice(1)];
}

