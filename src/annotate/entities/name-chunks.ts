// Capitalised word runs that may be names, cut free of what is not: leading titles, qualifiers and
// sentence-initial common words ("Ukrainian President Volodimir Zelensky" -> "Volodimir Zelensky"),
// and anything up to an organisation head word ("... Charitable Foundation Semen Khramtsov" -> "Semen Khramtsov").
import { countryByQualifier, FIRST_NAMES } from '../../facts/actors/index.js';
import { TITLE_HEADS, TITLE_WORDS } from './titles.js';
import { isCapitalised, type Word } from './words.js';

export interface NameChunk {
  /** Word indexes of the name, end exclusive. */
  from: number;
  to: number;
  /** A title was stripped off the front of the run ("President", "Mayor"). */
  titled: boolean;
  /** An organisation's name was cut off the front ("... Foundation Semen Khramtsov"): its head or member follows. */
  afterOrganisation: boolean;
}

/** Words that end an organisation's name; a name after them in the same run is a person's. */
export const ORG_HEADS: ReadonlySet<string> = new Set([
  'Ministry', 'Agency', 'Service', 'Council', 'Committee', 'Company', 'Corporation', 'Bank', 'Institute', 'University',
  'Party', 'Command', 'Fund', 'Foundation', 'Organization', 'Organisation', 'Office', 'Administration', 'Commission',
  'Parliament', 'Group', 'Union', 'Association', 'Centre', 'Center', 'Court', 'Police', 'Guard', 'Forces', 'Brigade',
  'Regiment', 'Battalion', 'Division', 'Army', 'Staff', 'Department', 'Directorate', 'Authority', 'Network', 'News',
  'Times', 'Post', 'Press', 'Affairs', 'Assembly', 'Force', 'Society', 'Communications', 'Security', 'Channel', 'Forum',
  'Conference', 'Summit', 'Congress', 'Radio', 'Television', 'TV', 'Media', 'Telegraph', 'Journal', 'Herald', 'Tribune',
  'Guardian',
]);

/** Words that are never part of a person's name in this domain. */
export const NOT_NAME_WORDS: ReadonlySet<string> = new Set([
  'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December',
  'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday', 'The', 'A', 'An', 'This', 'That', 'These',
  'Those', 'In', 'On', 'At', 'As', 'But', 'And', 'Or', 'If', 'When', 'While', 'After', 'Before', 'Since', 'During', 'From',
  'For', 'With', 'Without', 'By', 'To', 'Of', 'It', 'He', 'She', 'They', 'We', 'I', 'You', 'His', 'Her', 'Their', 'Our',
  'Oblast', 'Region', 'Province', 'Republic', 'City', 'District', 'River', 'Sea', 'Street', 'Square', 'Avenue', 'Bridge',
  'Island', 'Lake', 'Mountain', 'Mountains', 'Plant', 'Station', 'Airport', 'Port', 'Dam', 'War', 'World', 'Krai', 'Polk',
  'Palace', 'Castle', 'Cathedral', 'Church', 'Hall', 'Stadium', 'Park', 'Embassy', 'Hotel', 'Museum', 'Theatre', 'Theater',
  'God', 'Telegram', 'Facebook', 'Twitter', 'Instagram', 'YouTube', 'TikTok', 'WhatsApp', 'Viber', 'Ukraine', 'Russia',
  'Europe', 'West', 'East', 'North', 'South', 'Western', 'Eastern', 'Northern', 'Southern', 'Central', 'Soviet', 'Nazi',
  'NATO', 'Kremlin', 'Day', 'Independence', 'Victory', 'Christmas', 'Easter', 'Orthodox', 'Catholic', 'Muslim', 'Jewish',
  'Christian', 'Russian', 'Ukrainian', 'Read', 'More', 'Photo', 'Video', 'Getty', 'Images', 'Reuters', 'Image',
  'Operation', 'Offensive', 'Counteroffensive', 'Campaign', 'Assessment', 'Update', 'Live', 'Breaking', 'Exclusive',
  'Covid', 'Omicron', 'Brexit', 'Kharkiv', 'Kyiv', 'Kiev', 'Moscow', 'Donbas', 'Donbass', 'Crimea', 'Kherson',
  'Zaporizhzhia', 'Bakhmut', 'Mariupol', 'Odesa', 'Odessa', 'Lviv', 'Dnipro', 'Mykolaiv', 'Luhansk', 'Donetsk', 'Belgorod',
  'Warsaw', 'Poland', 'Belarus', 'Minsk', 'Washington', 'London', 'Paris', 'Berlin', 'Brussels', 'Beijing', 'America',
  'Die', 'Der', 'Das', 'Le', 'La', 'El', 'Al', 'Mr', 'Mrs', 'Ms', 'Dr', 'Sir', 'Lord', 'Lady', 'General', 'Minister',
  'President', 'Prime', 'Secretary', 'European', 'Asian', 'African', 'Arab', 'Baltic', 'Nordic', 'Slavic', 'Western',
]);

/** Words that, leading a run, describe the person who follows ("Presidential Adviser", "Oblast Head"). */
const LEADING_ROLE_WORDS: ReadonlySet<string> = new Set([
  'presidential', 'military', 'civil', 'administration', 'regional', 'former', 'acting', 'deputy', 'first', 'senior', 'top',
  'interim', 'exiled', 'self-proclaimed', 'russian-appointed', 'russian-installed', 'occupation', 'oblast',
]);

/** Does word k continue the run of word k-1 ("Lloyd J. Austin": the initial J continues with ". ")? */
function continuesRun(words: readonly Word[], k: number): boolean {
  const w = words[k]!;
  if (!isCapitalised(w)) return false;
  return w.gap === ' ' || (w.gap === '. ' && words[k - 1]!.text.length === 1);
}

export function* nameChunks(
  words: readonly Word[],
  isSentenceStart: (offset: number) => boolean,
  isProperNoun: (offset: number) => boolean,
): Generator<NameChunk> {
  for (let i = 0; i < words.length; i++) {
    if (!isCapitalised(words[i]!)) continue;
    let to = i + 1;
    while (to < words.length && continuesRun(words, to)) to++;
    const runEnd = to;
    let from = i;
    // Cut after the last organisation head: what follows it is the candidate name.
    for (let k = to - 1; k >= i; k--) if (ORG_HEADS.has(words[k]!.text)) { from = k + 1; break; }
    const afterOrganisation = from > i + 1;
    let titled = false;
    while (from < to) {
      const w = words[from]!;
      const lower = w.text.toLowerCase();
      if (TITLE_HEADS.has(lower) && to - from > 1) titled = true;
      else if ((TITLE_WORDS.has(lower) || LEADING_ROLE_WORDS.has(lower)) && to - from > 1) { /* "Defense", "Oblast" */ }
      else if (countryByQualifier(w.text) || NOT_NAME_WORDS.has(w.text)) { /* a qualifier or stop word */ }
      else if (isSentenceStart(w.start) && !isProperNoun(w.start)) { /* "Footage showed ..." */ }
      else break;
      from++;
    }
    // Titles and role words trailing the run belong to the next phrase ("Michael Martin Former student").
    while (to - from > 1 && (TITLE_WORDS.has(words[to - 1]!.text.toLowerCase()) || LEADING_ROLE_WORDS.has(words[to - 1]!.text.toLowerCase()))) to--;
    // A common given name inside the run starts the name: "Foreign Affairs Vladimir Makei" -> "Vladimir Makei".
    for (let k = from + 1; k < to - 1; k++) if (FIRST_NAMES.has(words[k]!.text)) { from = k; break; }
    if (from < to) yield { from, to, titled, afterOrganisation };
    i = runEnd - 1;
  }
}
