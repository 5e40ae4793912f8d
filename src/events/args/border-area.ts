// "Troops massing near the border with Ukraine", "withdrawing from Ukraine's border": the scene is the border
// area of the country named, not the country itself. CODEBOOK's finest place named for where it happened is
// that area ("Ukrainian border area"); it lies on either side, so it is located at the country's centroid at
// region precision and keeps the country whose border it is.
import { COUNTRIES } from '../../facts/places/countries.js';
import type { EventLocation } from '../types.js';

type CountryFact = (typeof COUNTRIES)[number];
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const NAMES = COUNTRIES.flatMap((c) => c.names.filter((n) => /^\p{Lu}/u.test(n)).map((n) => [n, c] as const));
const DEMONYMS = COUNTRIES.flatMap((c) => c.demonyms.filter((d) => !/s$/.test(d)).map((d) => [d, c] as const));
const NAME_ALT = NAMES.map(([n]) => escape(n)).sort((a, b) => b.length - a.length).join('|');
const DEMONYM_ALT = DEMONYMS.map(([d]) => escape(d)).sort((a, b) => b.length - a.length).join('|');

/**
 * A border written as where something is: a preposition of place, then "the border with/of/near X", "X's border"
 * or "the X-ian border". A border "between X and Y" is a line two places share, not one country's area.
 */
const BORDER_PHRASE = new RegExp(
  String.raw`\b(?:near|at|along|on|to|towards?|from|off|close\s+to)\s+(?:` +
  String.raw`the\s+borders?\s+(?:with|of|near)\s+(?:the\s+)?(${NAME_ALT})` +
  String.raw`|(${NAME_ALT})['’]s\s+borders?` +
  String.raw`|the\s+(${DEMONYM_ALT})\s+borders?)(?![-\p{L}])`,
  'gu',
);

const BORDER_WORD = /\bborders?\b/i;

function countryNamed(word: string): CountryFact | undefined {
  return NAMES.find(([n]) => n === word)?.[1] ?? DEMONYMS.find(([d]) => d === word)?.[1];
}

/** How far from the trigger (characters) a border phrase may stand and still be where the event happened. */
const BORDER_REACH = 80;

/**
 * The border area a sentence puts the event at, when a border phrase stands within BORDER_REACH characters
 * after the trigger (or before it, closer); else null. `sentence` is the sentence's text, `triggerAt` the
 * trigger's offset in it.
 */
export function borderArea(sentence: string, triggerAt: number): EventLocation | null {
  // Every form names a border; most sentences do not, and the phrase's alternation of every country name is long.
  if (!BORDER_WORD.test(sentence)) return null;
  for (const m of sentence.matchAll(BORDER_PHRASE)) {
    const at = m.index ?? 0;
    const distance = at >= triggerAt ? at - triggerAt : triggerAt - (at + m[0].length);
    if (distance > (at >= triggerAt ? BORDER_REACH : BORDER_REACH / 2)) continue;
    const c = countryNamed(m[1] ?? m[2] ?? m[3] ?? '');
    if (!c) continue;
    const demonym = c.demonyms.find((d) => !/s$/.test(d)) ?? c.name;
    return { name: `${demonym} border area`, geonameId: null, lat: c.lat, lon: c.lon, country: c.code, admin1: null, kind: 'region', precision: 3 };
  }
  return null;
}
