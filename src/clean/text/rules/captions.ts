// Photo captions and credits. A caption is told by its credit: "(AGENCY/Name)", "Name/Agency",
// "Photo: X", "Credit: X", or a leading "FILE PHOTO:" label.
import type { LineRule } from './types.js';

const AGENCY = '(reuters|afp|ap|getty( images)?|epa|anadolu|tass|ria|pap|shutterstock|dpa|ukrinform|unian|sipa|zuma|alamy|efe|xinhua|bloomberg)';
/** A trailing bracketed credit: has a slash, or names a photo word or an agency. */
const TRAILING_CREDIT = new RegExp(
  `\\((?:[^()]*\\/[^()]*|[^()]*\\b(photo|photograph|image|picture|courtesy|via|file|handout|${AGENCY.slice(1, -1)})\\b[^()]*)\\)\\s*$`,
  'i',
);

/** "… / Reuters", "… Photo: Name". Tested only on lines with a slash or a colon, which every match has. */
const TRAILING_AGENCY_CREDIT = new RegExp(`\\S\\s*\\/\\s*${AGENCY}\\s*$|\\b(credit|photo|image)s?\\s*:\\s*[^.]{2,60}$`, 'i');

export const CAPTION_RULES: LineRule[] = [
  { name: 'image label', kind: 'caption', maxWords: 70, test: /^(illustrative (image|photo)|file (photo|image)|photo|image|picture|pictured|in (this|the) (photo|picture|image))\s*:/i },
  // A line with no closing bracket cannot end in a bracketed credit: spare it the scan.
  { name: 'trailing bracketed credit', kind: 'caption', maxWords: 70, test: (t) => t.includes(')') && !t.startsWith('(') && TRAILING_CREDIT.test(t) },
  { name: 'trailing agency credit', kind: 'caption', maxWords: 60, test: (t) => (t.includes('/') || t.includes(':')) && TRAILING_AGENCY_CREDIT.test(t) },
];

export const CREDIT_RULES: LineRule[] = [
  { name: 'bracketed line', kind: 'credit', maxWords: 25, test: /^\([^()]*(\([^()]*\)[^()]*)*\)$/ },
  { name: 'credit label', kind: 'credit', maxWords: 14, test: /^(photo|photos|image|source|sources|author\s*\/\s*author|credit|credits|photo credit|main photo|cover photo|video)\s*:/i },
  { name: 'author list', kind: 'credit', maxWords: 40, test: /^(authors?|written by|contributors?)\s*:/i },
  { name: 'agency slash credit', kind: 'credit', maxWords: 8, test: /^[\p{Lu}][\p{Lu}\p{L} .'-]*\s*\/\s*[\p{L} .'-]+(\/[\p{L} .'-]+)*$/u },
  { name: 'reporting credit', kind: 'credit', maxWords: 30, test: /^(reporting|additional reporting|writing|editing|compiled|translated|photo(graph)?s?) by\b|^photos? courtesy\b/i },
];
