// Phrases as a trie over words and the gaps between them, so "Ukraine's Defense Ministry" matches the
// words Ukraine / 's Defense / Ministry in one walk. Case is exact; callers add the case variants they accept.
import { wordsOf, type Word } from './words.js';

interface Node<T> {
  next: Map<string, Node<T>>;
  payloads: T[];
}

const key = (gap: string, word: string, first: boolean) => (first ? word : gap + '\u0001' + word);

export interface PhraseMatch<T> {
  /** Word indexes, end exclusive. */
  from: number;
  to: number;
  payloads: readonly T[];
}

export class PhraseTrie<T> {
  private readonly root: Node<T> = { next: new Map(), payloads: [] };

  add(phrase: string, payload: T): void {
    const words = wordsOf(phrase);
    if (words.length === 0) return;
    let node = this.root;
    words.forEach((w, i) => {
      const k = key(w.gap, w.text, i === 0);
      let child = node.next.get(k);
      if (!child) node.next.set(k, (child = { next: new Map(), payloads: [] }));
      node = child;
    });
    node.payloads.push(payload);
  }

  /** The longest phrase starting at word `from`, or null. */
  longestAt(words: readonly Word[], from: number): PhraseMatch<T> | null {
    let node = this.root.next.get(words[from]!.text);
    let best: PhraseMatch<T> | null = null;
    let i = from;
    while (node) {
      if (node.payloads.length > 0) best = { from, to: i + 1, payloads: node.payloads };
      const w = words[i + 1];
      if (!w) break;
      node = node.next.get(key(w.gap, w.text, false));
      i++;
    }
    return best;
  }

  /** Longest matches, left to right, not overlapping one another. */
  *scan(words: readonly Word[]): Generator<PhraseMatch<T>> {
    for (let i = 0; i < words.length; ) {
      const m = this.longestAt(words, i);
      if (m) {
        yield m;
        i = m.to;
      } else i++;
    }
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

