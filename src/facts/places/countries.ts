// Countries that war reporting names, with the words for their people. Demonyms and adjectives
// ("Russian", "Ukrainian") are never places: the finder uses them only to skip such spans.
// Ids are GeoNames country ids; lat/lon a rough centre of the country.
import type { CountryFact } from './types.js';

type Row = [code: string, name: string, geonameId: number, lat: number, lon: number, names: string[], demonyms: string[]];

const ROWS: Row[] = [
  ['UA', 'Ukraine', 690791, 49.0, 32.0, ['Ukraine', 'the Ukraine', 'Україна', 'Украина', 'Ucrania', 'Ukraina'], ['Ukrainian', 'Ukrainians']],
  ['RU', 'Russia', 2017370, 60.0, 100.0, ['Russia', 'Russian Federation', 'Россия', 'Росія', 'Rusia', 'Russland', 'Rosja'], ['Russian', 'Russians']],
  ['BY', 'Belarus', 630336, 53.0, 28.0, ['Belarus', 'Byelorussia', 'Belorussia', 'Беларусь', 'Білорусь', 'Białoruś'], ['Belarusian', 'Belarusians', 'Belarussian']],
  ['PL', 'Poland', 798544, 52.0, 20.0, ['Poland', 'Polska', 'Польща', 'Польша'], ['Polish', 'Poles', 'Pole']],
  ['MD', 'Moldova', 617790, 47.0, 29.0, ['Moldova', 'Republic of Moldova', 'Молдова'], ['Moldovan', 'Moldovans']],
  ['RO', 'Romania', 798549, 46.0, 25.0, ['Romania', 'Румунія', 'Румыния'], ['Romanian', 'Romanians']],
  ['HU', 'Hungary', 719819, 47.0, 20.0, ['Hungary', 'Угорщина', 'Венгрия'], ['Hungarian', 'Hungarians']],
  ['SK', 'Slovakia', 3057568, 48.7, 19.5, ['Slovakia', 'Словаччина', 'Словакия'], ['Slovak', 'Slovaks', 'Slovakian']],
  ['CZ', 'Czechia', 3077311, 49.75, 15.5, ['Czech Republic', 'Czechia'], ['Czech', 'Czechs']],
  ['DE', 'Germany', 2921044, 51.5, 10.5, ['Germany', 'Deutschland', 'Німеччина', 'Германия'], ['German', 'Germans']],
  ['FR', 'France', 3017382, 46.0, 2.0, ['France', 'Франція', 'Франция'], ['French']],
  ['GB', 'United Kingdom', 2635167, 54.0, -2.0, ['United Kingdom', 'Britain', 'Great Britain', 'UK', 'U.K.', 'England'], ['British', 'Briton', 'Britons', 'English']],
  ['US', 'United States', 6252001, 39.76, -98.5, ['United States', 'United States of America', 'USA', 'U.S.', 'US', 'America', 'США'], ['American', 'Americans']],
  ['CA', 'Canada', 6251999, 60.0, -95.0, ['Canada'], ['Canadian', 'Canadians']],
  ['IT', 'Italy', 3175395, 42.83, 12.83, ['Italy'], ['Italian', 'Italians']],
  ['ES', 'Spain', 2510769, 40.0, -4.0, ['Spain', 'España'], ['Spanish', 'Spaniards']],
  ['NL', 'Netherlands', 2750405, 52.5, 5.75, ['Netherlands', 'the Netherlands', 'Holland'], ['Dutch']],
  ['BE', 'Belgium', 2802361, 50.75, 4.5, ['Belgium'], ['Belgian', 'Belgians']],
  ['AT', 'Austria', 2782113, 47.33, 13.33, ['Austria'], ['Austrian', 'Austrians']],
  ['CH', 'Switzerland', 2658434, 47.0, 8.0, ['Switzerland'], ['Swiss']],
  ['DK', 'Denmark', 2623032, 56.0, 10.0, ['Denmark'], ['Danish', 'Danes']],
  ['SE', 'Sweden', 2661886, 62.0, 15.0, ['Sweden'], ['Swedish', 'Swedes']],
  ['NO', 'Norway', 3144096, 62.0, 10.0, ['Norway'], ['Norwegian', 'Norwegians']],
  ['FI', 'Finland', 660013, 64.0, 26.0, ['Finland'], ['Finnish', 'Finns']],
  ['EE', 'Estonia', 453733, 59.0, 26.0, ['Estonia'], ['Estonian', 'Estonians']],
  ['LV', 'Latvia', 458258, 57.0, 25.0, ['Latvia'], ['Latvian', 'Latvians']],
  ['LT', 'Lithuania', 597427, 56.0, 24.0, ['Lithuania'], ['Lithuanian', 'Lithuanians']],
  ['BG', 'Bulgaria', 732800, 43.0, 25.0, ['Bulgaria'], ['Bulgarian', 'Bulgarians']],
  ['RS', 'Serbia', 6290252, 44.0, 21.0, ['Serbia'], ['Serbian', 'Serbs']],
  ['GR', 'Greece', 390903, 39.0, 22.0, ['Greece'], ['Greek', 'Greeks']],
  ['TR', 'Turkey', 298795, 39.0, 35.0, ['Turkey', 'Türkiye', 'Turkiye'], ['Turkish', 'Turks']],
  ['GE', 'Georgia', 614540, 42.0, 43.5, ['Georgia'], ['Georgian', 'Georgians']],
  ['AM', 'Armenia', 174982, 40.0, 45.0, ['Armenia'], ['Armenian', 'Armenians']],
  ['AZ', 'Azerbaijan', 587116, 40.5, 47.5, ['Azerbaijan'], ['Azerbaijani', 'Azerbaijanis']],
  ['KZ', 'Kazakhstan', 1522867, 48.0, 68.0, ['Kazakhstan'], ['Kazakh', 'Kazakhs']],
  ['CN', 'China', 1814991, 35.0, 105.0, ['China', "People's Republic of China"], ['Chinese']],
  ['IR', 'Iran', 130758, 32.0, 53.0, ['Iran'], ['Iranian', 'Iranians']],
  ['KP', 'North Korea', 1873107, 40.0, 127.0, ['North Korea', 'DPRK'], ['North Korean', 'North Koreans']],
  ['KR', 'South Korea', 1835841, 36.5, 127.75, ['South Korea'], ['South Korean', 'South Koreans']],
  ['JP', 'Japan', 1861060, 35.69, 139.75, ['Japan'], ['Japanese']],
  ['IN', 'India', 1269750, 22.0, 79.0, ['India'], ['Indian', 'Indians']],
  ['IL', 'Israel', 294640, 31.5, 34.75, ['Israel'], ['Israeli', 'Israelis']],
  ['SY', 'Syria', 163843, 35.0, 38.0, ['Syria'], ['Syrian', 'Syrians']],
  ['AU', 'Australia', 2077456, -25.0, 135.0, ['Australia'], ['Australian', 'Australians']],
];

export const COUNTRIES: readonly CountryFact[] = ROWS.map(([code, name, geonameId, lat, lon, names, demonyms]) => ({
  code, name, geonameId, lat, lon, names, demonyms,
}));
