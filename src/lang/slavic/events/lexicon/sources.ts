// Who says so, by the words naming them, in English as English news and the gold name them. An entry matches a
// phrase holding a word of each of its stems; the first entry that matches names the source. "{region}" is
// filled with the English name of the place the phrase names ("Сумської ОВА" → Sumy Regional Military
// Administration).
import type { SlavicLexicon } from './types.js';

type Sources = SlavicLexicon['sources'];

/** Names that read the same in both languages, or differ by a letter. */
const SHARED: Sources = [
  { stems: ['фсб='], name: 'Federal Security Service (FSB)', side: 'RU' },
  { stems: ['сбу='], name: 'Security Service of Ukraine (SBU)', side: 'UA' },
  { stems: ['мчс='], name: 'Russian Emergencies Ministry (EMERCOM)', side: 'RU' },
  { stems: ['дснс='], name: 'State Emergency Service of Ukraine', side: 'UA' },
  { stems: ['тасс='], name: 'TASS', side: 'RU' },
  { stems: ['риа='], name: 'RIA Novosti', side: 'RU' },
  { stems: ['ова='], name: '{region} Regional Military Administration', side: 'UA' },
  { stems: ['ода='], name: '{region} Regional State Administration', side: 'UA' },
  { stems: ['ссо='], name: 'Special Operations Forces of Ukraine', side: 'UA' },
  { stems: ['гур='], name: 'Defence Intelligence of Ukraine (HUR)', side: 'UA' },
];

export const RUSSIAN_SOURCES: Sources = [
  ...SHARED,
  { stems: ['минобороны', 'украин'], name: 'Ministry of Defence of Ukraine', side: 'UA' },
  { stems: ['министерств', 'оборон', 'украин'], name: 'Ministry of Defence of Ukraine', side: 'UA' },
  { stems: ['минобороны'], name: 'Russian Ministry of Defence', side: 'RU' },
  { stems: ['министерств', 'оборон'], name: 'Russian Ministry of Defence', side: 'RU' },
  { stems: ['воздушн', 'сил'], name: 'Ukrainian Air Force', side: 'UA' },
  { stems: ['генштаб', 'росси'], name: 'Russian General Staff', side: 'RU' },
  { stems: ['генштаб'], name: 'General Staff of the Armed Forces of Ukraine', side: 'UA' },
  { stems: ['генеральн', 'штаб'], name: 'General Staff of the Armed Forces of Ukraine', side: 'UA' },
  { stems: ['мид='], name: 'Russian Foreign Ministry', side: 'RU' },
  { stems: ['полиц'], name: 'police' },
  { stems: ['прокуратур'], name: 'prosecutors' },
  { stems: ['следствен', 'комитет'], name: 'Investigative Committee of Russia', side: 'RU' },
  { stems: ['местн', 'власт'], name: 'local authorities' },
  { stems: ['украинск', 'власт'], name: 'Ukrainian authorities', side: 'UA' },
  { stems: ['власт'], name: 'authorities' },
  { stems: ['паблик'], name: 'public channels' },
  { stems: ['подполь'], name: 'pro-Russian underground', side: 'RU' },
  { stems: ['сми='], name: 'media' },
];

export const UKRAINIAN_SOURCES: Sources = [
  ...SHARED,
  { stems: ['міноборони', 'рф='], name: 'Russian Ministry of Defence', side: 'RU' },
  { stems: ['міноборони', 'росі'], name: 'Russian Ministry of Defence', side: 'RU' },
  { stems: ['міноборони'], name: 'Ministry of Defence of Ukraine', side: 'UA' },
  { stems: ['міністерств', 'оборон'], name: 'Ministry of Defence of Ukraine', side: 'UA' },
  { stems: ['повітрян', 'сил'], name: 'Ukrainian Air Force', side: 'UA' },
  { stems: ['генштаб'], name: 'General Staff of the Armed Forces of Ukraine', side: 'UA' },
  { stems: ['генеральн', 'штаб'], name: 'General Staff of the Armed Forces of Ukraine', side: 'UA' },
  { stems: ['мзс='], name: 'Ministry of Foreign Affairs of Ukraine', side: 'UA' },
  { stems: ['генпрокурор'], name: 'Office of the Prosecutor General of Ukraine', side: 'UA' },
  { stems: ['прокуратур'], name: 'prosecutors', side: 'UA' },
  { stems: ['поліці'], name: 'police' },
  { stems: ['місцев', 'влад'], name: 'local authorities' },
  { stems: ['влад'], name: 'authorities' },
  { stems: ['паблік'], name: 'public channels' },
  { stems: ['змі='], name: 'media' },
];

/** Titles before a name: "губернатор Курской области Алексей Смирнов" → "Alexei Smirnov, Governor of Kursk Oblast". */
export const TITLES: SlavicLexicon['titles'] = [
  { stem: 'губернатор', title: 'Governor of {region}' },
  { stem: 'врио=', title: 'acting' },
  { stem: 'мэр', title: 'Mayor of {region}' },
  { stem: 'мер=', title: 'Mayor of {region}' },
  { stem: 'мера=', title: 'Mayor of {region}' },
  { stem: 'глав', title: 'head of {region}' },
  { stem: 'голов', title: 'head of {region}' },
  { stem: 'начальник', title: 'head of {region}' },
  { stem: 'президент', title: 'President' },
  { stem: 'министр', title: 'Minister' },
  { stem: 'міністр', title: 'Minister' },
  { stem: 'спикер', title: 'spokesperson' },
  { stem: 'речник', title: 'spokesperson' },
  { stem: 'представник', title: 'spokesperson' },
  { stem: 'представител', title: 'spokesperson' },
];
