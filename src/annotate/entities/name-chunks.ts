// Capitalised word runs that may be names, cut free of what is not: leading titles, qualifiers and
// sentence-initial common words ("Ukrainian President Volodimir Zelensky" -> "Volodimir Zelensky"),
// and anything up to an organisation head word ("... Charitable Foundation Semen Khramtsov" -> "Semen Khramtsov").
import { countryByQualifier } from '../../facts/actors/index.js';
import { FIRST_NAMES } from '../../facts/actors/index.js';
import { TITLE_HEADS, TITLE_WORDS } from './titles.js';

export interface NameChunk {
  start: number;
  end: number;
  /** The words, with their offsets. */
  words: Array<{ start: number; end: number; text: string }>;
  /** The stripped leading words included a title ("President", "Mayor"). */
  titled: boolean;
  /** The run ended an organisation name, which was cut off the front. */
  afterOrganisation: { start: number; end: number } | null;
}

const WORD = "\\p{Lu}[\\p{Ll}\\p{M}]+(?:(?:-\\p{Lu}|['’](?!s(?![\\p{L}]))\\p{Lu}?)[\\p{Ll}\\p{M}]+)*";
/** Runs of capitalised words on one line; a middle initial ("J.") may sit inside. */
const CHUNK = new RegExp(`(?<![\\p{L}\\p{N}'’-])${WORD}(?:[ \\u00a0]+(?:\\p{Lu}\\.[ \\u00a0]+)?${WORD})*(?![\\p{L}\\p{N}])`, 'gu');
const WORD_IN_CHUNK = new RegExp(WORD, 'gu');

/** Words that end an organisation's name; a name after them in the same run is a person's. */
export const ORG_HEADS: ReadonlySet<string> = new Set([
  'Ministry', 'Agency', 'Service', 'Council', 'Committee', 'Company', 'Corporation', 'Bank', 'Institute', 'University',
  'Party', 'Command', 'Fund', 'Foundation', 'Organization', 'Organisation', 'Office', 'Administration', 'Commission',
  'Parliament', 'Group', 'Union', 'Association', 'Centre', 'Center', 'Court', 'Police', 'Guard', 'Forces', 'Brigade',
  'Regiment', 'Battalion', 'Division', 'Army', 'Staff', 'Department', 'Directorate', 'Authority', 'Network', 'News',
  'Times', 'Post', 'Press', 'Affairs', 'Assembly', 'Force', 'Society', 'Communications', 'Security', 'Channel', 'Forum', 'Conference', 'Summit', 'Congress', 'Radio', 'Television', 'TV', 'Media', 'Telegraph', 'Journal', 'Herald', 'Tribune', 'Guardian',
]);

/** Words that are never part of a person's name in this domain. */
export const NOT_NAME_WORDS: ReadonlySet<string> = new Set([
  'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December',
  'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday', 'The', 'A', 'An', 'This', 'That', 'These',
  'Those', 'In', 'On', 'At', 'As', 'But', 'And', 'Or', 'If', 'When', 'While', 'After', 'Before', 'Since', 'During', 'From',
  'For', 'With', 'Without', 'By', 'To', 'Of', 'It', 'He', 'She', 'They', 'We', 'I', 'You', 'His', 'Her', 'Their', 'Our',
  'Oblast', 'Region', 'Province', 'Republic', 'City', 'District', 'River', 'Sea', 'Street', 'Square', 'Avenue', 'Bridge',
  'Island', 'Lake', 'Mountain', 'Mountains', 'Plant', 'Station', 'Airport', 'Port', 'Dam', 'Oblast’s', 'War', 'World',
  'God', 'Telegram', 'Facebook', 'Twitter', 'Instagram', 'YouTube', 'TikTok', 'WhatsApp', 'Viber', 'Ukraine', 'Russia',
  'Europe', 'West', 'East', 'North', 'South', 'Western', 'Eastern', 'Northern', 'Southern', 'Central', 'Soviet', 'Nazi',
  'NATO', 'Kremlin', 'Day', 'Independence', 'Victory', 'Christmas', 'Easter', 'Orthodox', 'Catholic', 'Muslim', 'Jewish',
  'Christian', 'Russian', 'Ukrainian', 'Read', 'More', 'Photo', 'Video', 'Getty', 'Images', 'Reuters', 'Image',
  'Operation', 'Offensive', 'Counteroffensive', 'Campaign', 'Assessment', 'Update', 'Live', 'Breaking', 'Exclusive',
  'Covid', 'Omicron', 'Brexit', 'Kharkiv', 'Kyiv', 'Kiev', 'Moscow', 'Donbas', 'Donbass', 'Crimea', 'Kherson',
  'Zaporizhzhia', 'Bakhmut', 'Mariupol', 'Odesa', 'Odessa', 'Lviv', 'Dnipro', 'Mykolaiv', 'Luhansk', 'Donetsk', 'Belgorod',
  'Warsaw', 'Poland', 'Belarus', 'Minsk', 'Washington', 'London', 'Paris', 'Berlin', 'Brussels', 'Beijing', 'America',
  'Krai', 'Polk', 'Die', 'Der', 'Das', 'Le', 'La', 'El', 'Al', 'Mr', 'Mrs', 'Ms', 'Dr', 'Sir', 'Lord', 'Lady', 'General', 'Minister', 'President', 'Prime', 'Secretary',
]);

/** Words that, leading a run, describe the person who follows ("Presidential Adviser", "Oblast Head"). */
const LEADING_ROLE_WORDS: ReadonlySet<string> = new Set([
  'presidential', 'military', 'civil', 'administration', 'regional', 'former', 'acting', 'deputy', 'first', 'senior', 'top',
  'interim', 'exiled', 'self-proclaimed', 'russian-appointed', 'russian-installed', 'occupation', 'oblast',
]);

export function* nameChunks(text: string, isSentenceStart: (offset: number) => boolean, isProperNoun: (offset: number) => boolean): Generator<NameChunk> {
  for (const m of text.matchAll(CHUNK)) {
    let words = [...m[0].matchAll(WORD_IN_CHUNK)].map((w) => ({ start: m.index + w.index, end: m.index + w.index + w[0].length, text: w[0] }));
    let titled = false;
    let afterOrganisation: NameChunk['afterOrganisation'] = null;
    // Cut after the last organisation head: what follows it is the candidate name.
    let lastHead = -1;
    words.forEach((w, i) => {
      if (ORG_HEADS.has(w.text)) lastHead = i;
    });
    if (lastHead >= 0) {
      if (lastHead > 0) afterOrganisation = { start: words[0]!.start, end: words[lastHead]!.end };
      words = words.slice(lastHead + 1);
    }
    while (words.length > 0) {
      const w = words[0]!;
      const lower = w.text.toLowerCase();
      if (TITLE_HEADS.has(lower) && words.length > 1) titled = true;
      else if ((TITLE_WORDS.has(lower) || LEADING_ROLE_WORDS.has(lower)) && words.length > 1) { /* "Defense", "Oblast" */ }
      else if (countryByQualifier(w.text) || NOT_NAME_WORDS.has(w.text)) { /* a qualifier or stop word */ }
      else if (isSentenceStart(w.start) && !isProperNoun(w.start)) { /* "Footage showed ..." */ }
      else break;
      words = words.slice(1);
    }
    // A common given name inside the run starts the name: "Foreign Affairs Vladimir Makei" -> "Vladimir Makei".
    const given = words.findIndex((w, i) => i > 0 && i < words.length - 1 && FIRST_NAMES.has(w.text));
    if (given > 0) words = words.slice(given);
    if (words.length === 0) continue;
    yield { start: words[0]!.start, end: words[words.length - 1]!.end, words, titled, afterOrganisation };
  }
}
