// Matching inflected Ukrainian and Russian words by their stems. Both languages inflect by endings (обстріл,
// обстрілу, обстріли, обстрілів; сбит, сбиты, сбитых), so a word list here holds stems and a word matches one
// when it starts with the stem and only an ending (a few letters) follows. No stemmer is needed for that:
// the Snowball Russian stemmer would serve Russian alone, none well kept exists for Ukrainian in JavaScript,
// and the trigger words are few enough to be listed by stem with the forms that must not match.

/** The longest ending allowed after a stem: "обстрілами" is обстріл + "ами", "уничтожили" уничтож + "или". */
export const MAX_ENDING = 5;

export interface StemList {
  /** Stems; a stem ending in "=" matches that exact word only ("не=", "бои="). */
  stems: readonly string[];
  /** Stems of words that start like a listed stem but mean something else ("ударн": strike drones, a kind of weapon). */
  not?: readonly string[];
  /** Longest ending after a stem, when not MAX_ENDING. */
  ending?: number;
}

function matchesStem(word: string, stem: string, ending: number): boolean {
  if (stem.endsWith('=')) return word === stem.slice(0, -1);
  return word.startsWith(stem) && word.length - stem.length <= ending;
}

/** The listed stem a normalised word matches, or null. */
export function stemOf(word: string, list: StemList): string | null {
  const ending = list.ending ?? MAX_ENDING;
  // A compound ("дрон-камікадзе", "6-ю") is matched by its first part as well.
  const dash = word.indexOf('-');
  for (const w of dash > 0 ? [word, word.slice(0, dash)] : [word]) {
    if (list.not?.some((s) => matchesStem(w, s, ending))) continue;
    const hit = list.stems.find((s) => matchesStem(w, s, ending));
    if (hit) return hit;
  }
  return null;
}

export function matches(word: string, list: StemList): boolean {
  return stemOf(word, list) !== null;
}

/** Joins word lists of several languages (a Russian and a Ukrainian list of one word family). */
export function joinLists(...lists: readonly StemList[]): StemList {
  const ending = Math.max(...lists.map((l) => l.ending ?? MAX_ENDING));
  return { stems: lists.flatMap((l) => l.stems), not: lists.flatMap((l) => l.not ?? []), ending };
}
