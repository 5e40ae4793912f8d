// Big Ukrainian cities written in lower case ("russian forces in melitopol"), as hurried captions and
// social posts do. Only cities of 100,000 or more: their names are no English words, so a lower-case
// match is still the city; smaller places ("bar", "lyman") would be ordinary words.
import type { PlaceMention } from '../types.js';
import { gazetteer } from './gazetteer.js';
import { toPlace } from './resolve.js';
import { foldName } from './translit.js';
import { hasAsciiLettersOnly } from '../../text/plain.js';

const LOWER_WORD = /(?<![\p{L}\p{N}'’-])\p{Ll}[\p{Ll}'’]{4,}(?:-\p{Ll}+)*(?![\p{L}\p{N}])/gu;
/** The same words in a text whose letters and digits are all ASCII, several times faster than LOWER_WORD. */
const LOWER_WORD_ASCII = /(?<![A-Za-z0-9'’-])[a-z][a-z'’]{4,}(?:-[a-z]+)*(?![A-Za-z0-9])/g;

const CITY_POPULATION = 100_000;
const PLAIN_WORD = /^[a-z]+$/;

/** Folded names of the big cities, per country, built once: most words are rejected by one Set test. */
const bigCityNames = new Map<string, Set<string>>();

function namesFor(country: string): Set<string> {
  let names = bigCityNames.get(country);
  if (!names) {
    names = gazetteer().foldedNamesOf((p) => isBigCity(p.kind, p.country, p.population, country));
    bigCityNames.set(country, names);
  }
  return names;
}

function isBigCity(kind: string, country: string, population: number, focus: string): boolean {
  return kind === 'settlement' && country === focus && population >= CITY_POPULATION;
}

/** The word without a possessive ending ("melitopol's" → "melitopol"). */
const withoutPossessive = (word: string): string => (PLAIN_WORD.test(word) ? word : word.replace(/['’]s$/, ''));

/** A possessive-free word's folded form, as the big-city name sets hold names. */
function foldedWord(word: string): string {
  // Plain a-z words (nearly all) are their own fold; with apostrophes or hyphens, two replacements;
  // others take the full fold.
  if (PLAIN_WORD.test(word)) return word;
  return /^[a-z'’-]+$/.test(word) ? word.replace(/['’]/g, '').replace(/-/g, ' ') : foldName(word);
}

export function findLowercaseCities(text: string, focusCountry: string): PlaceMention[] {
  const names = namesFor(focusCountry);
  const words = hasAsciiLettersOnly(text) ? LOWER_WORD_ASCII : LOWER_WORD;
  const isCandidate = (word: string) => names.has(foldedWord(word));
  // Nearly every text names no big city in lower case: the words alone (match() builds no match objects)
  // say so, and only a text with a candidate is walked again for offsets.
  if (!(text.match(words) ?? []).some((w) => isCandidate(withoutPossessive(w)))) return [];
  const out: PlaceMention[] = [];
  const gaz = gazetteer();
  for (const m of text.matchAll(words)) {
    const word = withoutPossessive(m[0]);
    if (!isCandidate(word)) continue;
    const city = gaz.lookupExact(word).find((p) => isBigCity(p.kind, p.country, p.population, focusCountry));
    if (!city) continue;
    out.push({ start: m.index, end: m.index + word.length, text: word, place: toPlace(city), confidence: 0.6 });
  }
  return out;
}
