// Charset labels as pages write them, folded to a name iconv-lite decodes. Follows the WHATWG Encoding
// standard where it differs from the label's literal meaning (latin1 and ASCII pages are windows-1252).
import iconv from 'iconv-lite';

const ALIASES: Readonly<Record<string, string>> = {
  utf8: 'utf-8',
  'unicode-1-1-utf-8': 'utf-8',
  'us-ascii': 'windows-1252',
  ascii: 'windows-1252',
  'iso-8859-1': 'windows-1252',
  'iso8859-1': 'windows-1252',
  latin1: 'windows-1252',
  'l1': 'windows-1252',
  'iso-8859-9': 'windows-1254',
  'x-cp1251': 'windows-1251',
  'cp1251': 'windows-1251',
  'koi8': 'koi8-r',
  'koi8-ru': 'koi8-u',
  'x-mac-cyrillic': 'maccyrillic',
  'gb2312': 'gbk',
  'x-sjis': 'shift_jis',
  // chardet's names
  'utf-16le': 'utf-16le',
  'utf-16be': 'utf-16be',
};

/** A decodable encoding name, or null when the label is absent or unknown. */
export function canonicalEncoding(label: string | undefined): string | null {
  if (!label) return null;
  const lower = label.trim().toLowerCase();
  const name = ALIASES[lower] ?? lower;
  return iconv.encodingExists(name) ? name : null;
}
