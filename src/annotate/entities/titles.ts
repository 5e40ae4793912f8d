// Title cues as patterns: a title right before a name, or after it in an apposition ("X, the mayor of Y").
import { PERSON_TITLES } from '../../facts/actors/index.js';
import { alternation } from './patterns.js';

const TITLES = alternation(PERSON_TITLES);

/** Text that ends with a title (and maybe a bracketed given name): "Defense Secretary ", "mayor (Ihor) ". */
export const TITLE_BEFORE = new RegExp(`(?:^|[^\\p{L}])(?:${TITLES})\\s+(?:\\([^)]{1,30}\\)\\s*)?$`, 'iu');

/** The title that ends a stretch of text, for the role of an unknown person. */
export function titleAtEnd(before: string): string | null {
  const m = TITLE_TAIL.exec(before);
  return m ? m[1]!.replace(/\s+/g, ' ') : null;
}
const TITLE_TAIL = new RegExp(`(?:^|[^\\p{L}])((?:${TITLES}))\\s+(?:\\([^)]{1,30}\\)\\s*)?$`, 'iu');

/** An apposition with a title after a name: ", the exiled mayor of", ", a spokesman for", ", 45, a farmer". */
export const TITLE_AFTER = new RegExp(
  `^\\s*,\\s+(?:\\d{1,3},\\s+)?(?:(?:the|a|an|his|her|its|[\\p{Lu}][\\p{L}’'.-]*['’]s)\\s+(?:[\\p{L}.'’-]+\\s+){0,3}?|(?:[\\p{L}-]+\\s+)?)(?:${TITLES})(?![\\p{L}])`,
  'iu',
);

/** Single title words, for stripping them off the front of a capitalised chunk ("President Volodimir ..."). */
export const TITLE_WORDS: ReadonlySet<string> = new Set(
  PERSON_TITLES.flatMap((t) => t.split(/[\s-]+/))
    .map((w) => w.toLowerCase())
    .filter((w) => !['of', 'the', 'in', 'state', 'staff'].includes(w)),
);

/** One-word titles that on their own say a person follows ("President", "Mayor", "Gen."). */
export const TITLE_HEADS: ReadonlySet<string> = new Set(
  PERSON_TITLES.filter((t) => !/[\s-]/.test(t)).map((t) => t.replace(/\.$/, '')),
);
