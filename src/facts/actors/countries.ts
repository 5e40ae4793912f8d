// Countries whose bodies and forces the war news names, with the qualifiers that point to them.
// Military and police names follow ACLED's actor style ("Military Forces of Russia (2000-)").
import type { CountryFact } from './types.js';

export const COUNTRIES: readonly CountryFact[] = [
  { code: 'UA', name: 'Ukraine', qualifiers: ['Ukrainian', "Ukraine's", 'Ukraine’s', 'Ukraine', "Kyiv's", 'Kyiv’s', "Kiev's", 'Kiev’s'],
    military: 'Military Forces of Ukraine (2019-)', police: 'Police Forces of Ukraine (2019-)' },
  { code: 'RU', name: 'Russia', qualifiers: ['Russian', "Russia's", 'Russia’s', 'Russia', "Moscow's", 'Moscow’s', 'Kremlin'],
    military: 'Military Forces of Russia (2000-)', police: 'Police Forces of Russia (2000-)' },
  { code: 'BY', name: 'Belarus', qualifiers: ['Belarusian', 'Belarussian', "Belarus's", 'Belarus’s', 'Belarus'],
    military: 'Military Forces of Belarus (1994-)', police: 'Police Forces of Belarus (1994-)' },
  { code: 'PL', name: 'Poland', qualifiers: ['Polish', "Poland's", 'Poland’s', 'Poland'],
    military: 'Military Forces of Poland (2015-)', police: 'Police Forces of Poland (2015-)' },
  { code: 'US', name: 'United States', qualifiers: ['US', 'U.S.', 'American', 'United States', "America's", 'America’s', "Washington's"],
    military: 'Military Forces of the United States (2021-)' },
  { code: 'GB', name: 'United Kingdom', qualifiers: ['British', 'UK', 'U.K.', "Britain's", 'Britain’s', 'Britain'],
    military: 'Military Forces of the United Kingdom (2019-)' },
  { code: 'DE', name: 'Germany', qualifiers: ['German', "Germany's", 'Germany’s', 'Germany'] },
  { code: 'FR', name: 'France', qualifiers: ['French', "France's", 'France’s', 'France'] },
  { code: 'MD', name: 'Moldova', qualifiers: ['Moldovan', "Moldova's", 'Moldova'] },
  { code: 'RO', name: 'Romania', qualifiers: ['Romanian', "Romania's", 'Romania'] },
  { code: 'HU', name: 'Hungary', qualifiers: ['Hungarian', "Hungary's", 'Hungary'] },
  { code: 'SK', name: 'Slovakia', qualifiers: ['Slovak', 'Slovakian', "Slovakia's", 'Slovakia'] },
  { code: 'LT', name: 'Lithuania', qualifiers: ['Lithuanian', "Lithuania's", 'Lithuania'] },
  { code: 'LV', name: 'Latvia', qualifiers: ['Latvian', "Latvia's", 'Latvia'] },
  { code: 'EE', name: 'Estonia', qualifiers: ['Estonian', "Estonia's", 'Estonia'] },
  { code: 'FI', name: 'Finland', qualifiers: ['Finnish', "Finland's", 'Finland'] },
  { code: 'SE', name: 'Sweden', qualifiers: ['Swedish', "Sweden's", 'Sweden'] },
  { code: 'TR', name: 'Turkey', qualifiers: ['Turkish', "Turkey's", 'Turkey', 'Türkiye'] },
  { code: 'CN', name: 'China', qualifiers: ['Chinese', "China's", 'China’s', 'China', "Beijing's"] },
  { code: 'IR', name: 'Iran', qualifiers: ['Iranian', "Iran's", 'Iran'] },
  { code: 'KP', name: 'North Korea', qualifiers: ['North Korean', "North Korea's", 'North Korea'] },
  { code: 'IL', name: 'Israel', qualifiers: ['Israeli', "Israel's", 'Israel'] },
  { code: 'GE', name: 'Georgia', qualifiers: ['Georgian'] },
  { code: 'KZ', name: 'Kazakhstan', qualifiers: ['Kazakh', "Kazakhstan's", 'Kazakhstan'] },
  { code: 'CZ', name: 'Czech Republic', qualifiers: ['Czech'] },
  { code: 'IT', name: 'Italy', qualifiers: ['Italian', "Italy's", 'Italy'] },
  { code: 'JP', name: 'Japan', qualifiers: ['Japanese', "Japan's", 'Japan'] },
  { code: 'CA', name: 'Canada', qualifiers: ['Canadian', "Canada's", 'Canada'] },
  { code: 'IN', name: 'India', qualifiers: ['Indian', "India's", 'India'] },
];

const BY_CODE = new Map(COUNTRIES.map((c) => [c.code, c]));
const BY_QUALIFIER = new Map<string, CountryFact>();
for (const c of COUNTRIES) for (const q of c.qualifiers) BY_QUALIFIER.set(q.toLowerCase().replace(/’/g, "'"), c);

export function countryByCode(code: string): CountryFact | null {
  return BY_CODE.get(code) ?? null;
}

/** The country a qualifier word names ("Ukrainian", "Russia's"), or null. */
export function countryByQualifier(word: string): CountryFact | null {
  return BY_QUALIFIER.get(word.toLowerCase().replace(/’/g, "'")) ?? null;
}

/** Every qualifier, longest first, for building patterns. */
export const ALL_QUALIFIERS: readonly string[] = [...new Set(COUNTRIES.flatMap((c) => c.qualifiers))].sort(
  (a, b) => b.length - a.length,
);
