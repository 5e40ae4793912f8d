// Words and phrases around a name that say what it is. Ordered data; each entry is one rule.
import { COUNTRIES } from '../../facts/places/countries.js';

/** What the words before a name say about it. */
export interface Cue {
  /** The name is a settlement: an unknown one may still be placed in its area. */
  settlement: boolean;
  /** ACLED-style precision of an event "near" it: 2 for near/outskirts, else 1. */
  precision: 1 | 2;
  /** How much the cue raises the belief that the name is a place at all. */
  weight: number;
}

/** Phrases ending just before the name, tried in order; the first match wins. */
export const CUES_BEFORE: ReadonlyArray<readonly [RegExp, Cue]> = [
  [/\b(?:villages?|settlements?|towns?|cit(?:y|ies)|hamlets?|townships?|urban-type settlements?|suburbs?|communit(?:y|ies)|hromadas?)\s+of\s+$/i,
    { settlement: true, precision: 1, weight: 2 }],
  [/\b(?:in|near|at|outside|around)\s+the\s+(?:villages?|settlements?|towns?|hamlets?)\s+$/i, { settlement: true, precision: 1, weight: 2 }],
  // "the coal mining city Vuhledar", "the frontline town Avdiivka": the noun stands in apposition to the name.
  [/\b(?:village|settlement|town|city|hamlet)\s+$/, { settlement: true, precision: 1, weight: 1.5 }],
  [/\b(?:outskirts|vicinity|approaches|environs)\s+(?:of|to)\s+$/i, { settlement: true, precision: 2, weight: 2 }],
  [/\b(?:near|nearby|outside|around|close\s+to|not\s+far\s+from|in\s+(?:the\s+)?proximity\s+(?:to|of)|in\s+the\s+direction\s+of|(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west)\s+of)\s+$/i, { settlement: true, precision: 2, weight: 1.5 }],
  [/(?:^|\s)(?:біля|поблизу|неподалік|під|возле|около|под|вблизи)\s+$/iu, { settlement: true, precision: 2, weight: 1.5 }],
  [/(?:^|\s)(?:у|в|з|із|зі|до|на|по|во|из|со|от)\s+$/iu, { settlement: false, precision: 1, weight: 1 }],
  [/\b(?:in|at|into|from|to|towards?|over|across|reached|entered|liberated|captured|shelled|struck|hit|attacked|occupied|recaptured)\s+$/i,
    { settlement: false, precision: 1, weight: 1 }],
];

/** Words after a name that make it a first-level area ("Kherson Oblast", "Kherson region"). */
export const ADMIN1_WORDS = /^(?:oblasts?|regions?|provinces?|krai|kray|voblasts?|voivodeship|regional|область|обл\.?|области|край)$/i;

/** Words after a name that make it a district or community named after its centre. */
export const ADMIN2_WORDS = /^(?:raions?|rayons?|districts?|hromadas?|communit(?:y|ies)|municipalit(?:y|ies)|район|громада)$/i;

/** Capitalised words that are never part of a place name here. */
const STOP_LIST = [
  'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November',
  'December', 'Jan', 'Feb', 'Mar', 'Apr', 'Jun', 'Jul', 'Aug', 'Sep', 'Sept', 'Oct', 'Nov', 'Dec',
  'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday',
  'The', 'A', 'An', 'In', 'On', 'At', 'Of', 'And', 'But', 'Or', 'As', 'By', 'For', 'From', 'To', 'With', 'After',
  'Before', 'During', 'Since', 'Until', 'While', 'When', 'Where', 'This', 'That', 'These', 'Those', 'It', 'He',
  'She', 'They', 'We', 'I', 'His', 'Her', 'Their', 'Our', 'According', 'Also', 'Meanwhile', 'However', 'Some',
  'President', 'Prime', 'Minister', 'Ministry', 'Mayor', 'Governor', 'General', 'Gen', 'Mr', 'Mrs', 'Ms', 'Dr',
  'Head', 'Chief', 'Commander', 'Colonel', 'Col', 'Lieutenant', 'Lt', 'Sergeant', 'Captain', 'Major',
  'Spokesman', 'Spokeswoman', 'Secretary', 'Deputy', 'Adviser', 'Advisor', 'Ambassador', 'Senator', 'Pope',
  'Army', 'Armed', 'Forces', 'Force', 'Air', 'Navy', 'Naval', 'Defense', 'Defence', 'Military', 'Council',
  'Administration', 'Office', 'Service', 'Staff', 'Guard', 'National', 'State', 'Security', 'Police',
  'Government', 'Parliament', 'Verkhovna', 'Rada', 'Kremlin', 'Pentagon', 'Brigade', 'Battalion', 'Regiment',
  'Division', 'Group', 'Company', 'Corps', 'Operational', 'Command', 'Joint', 'Special', 'Territorial',
  'Reuters', 'AP', 'AFP', 'CNN', 'BBC', 'UN', 'NATO', 'EU', 'ISW', 'ACLED', 'OSCE', 'IAEA', 'ICRC', 'UNHCR',
  'Telegram', 'Twitter', 'Facebook', 'YouTube', 'Instagram', 'TikTok', 'Shahed', 'HIMARS', 'Iskander', 'Kalibr',
  'Grad', 'Uragan', 'Smerch', 'Tornado', 'Lancet', 'Geran', 'Storm', 'Shadow', 'Patriot', 'Javelin', 'Bayraktar',
  'Leopard', 'Abrams', 'Challenger', 'Wagner', 'PMC', 'Interception', 'Casualties', 'Fatalities', 'Unknown',
  'Photo', 'Video', 'Image', 'Getty', 'Images', 'Read', 'More', 'Related', 'Updated', 'Published', 'Live',
  'Mr.', 'Gen.', 'Dr.', 'St', 'Saint', 'Day', 'Independence', 'Victory', 'Christmas', 'Easter', 'God', 'Lord',
  'Orthodox', 'Molotov', 'Republic', 'Republics', "People's", 'Peoples',
];

/** A capitalised word after a name that makes the name a street's: "Svobody Square" is no town. */
export const STREET_WORDS = /^(?:Square|Street|St|Avenue|Ave|Boulevard|Blvd|Prospekt|Prospect|Lane|Road|Highway|Embankment|Alley|Maidan|Ploshcha|Vulytsia|Ulitsa)\.?$/;

/** A facility named after its place: "Kharkiv Airport" is in Kharkiv. The name is what comes before. */
export const FACILITY_WORDS = /^(?:Airport|Airfield|Air Base|Station|Plant|Bridge|Dam|Port|Harbour|Harbor|Hospital|School|University|Cathedral|Church|Monastery|Hotel|Market|Stadium|Mall|Center|Centre|Park|Museum|Theatre|Theater|Factory|Refinery|Depot|Base|Mine|Reservoir|Prison|Colony|Camp|NPP|HPP|TPP|CHP)$/;

const DEMONYMS = COUNTRIES.flatMap((c) => c.demonyms);

export const STOP_WORDS: ReadonlySet<string> = new Set([...STOP_LIST, ...DEMONYMS].map((w) => w.toLowerCase()));

/** "Russian-occupied", "Pro-Ukrainian", "Ukrainian-controlled": a side, not a place. */
export const DEMONYM_COMPOUND = new RegExp(
  `^(?:pro-|anti-)?(?:${DEMONYMS.map((d) => d.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})(?:-[\\p{L}]+)*$`,
  'iu',
);

/** Words before a name that make it a person's ("President Zelensky", "Mayor Klitschko"). */
export const PERSON_TITLES = /\b(?:President|Mr|Mrs|Ms|Dr|Gen|General|Minister|Mayor|Governor|Colonel|Col|Lt|Sergeant|Captain|Commander|Chief|Spokesman|Spokeswoman|Secretary|Ambassador|Senator|Patriarch|Pope)\.?\s+$/;
