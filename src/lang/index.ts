// The language packs, by language: adding a language is a folder beside en/ and one line here. A document
// in a language with no pack is not an error: it keeps its cleaned text and gets a NotAnnotated outcome,
// so that no English rule runs on it and no reader takes its empty annotations for a finding.
import { english } from './en/index.js';
import { russian } from './ru/index.js';
import { ukrainian } from './uk/index.js';
import type { LanguageCode } from './detect.js';
import type { LanguagePack } from './pack.js';

export { LANGUAGE_SAMPLE_CHARS, detectLanguage, type DetectedLanguage, type LanguageCode } from './detect.js';
export type { LanguagePack } from './pack.js';

const PACKS: ReadonlyMap<LanguageCode, LanguagePack> = new Map([english, ukrainian, russian].map((p) => [p.code, p]));

/** The pack for text too short to tell its language: the one the project was built on. */
export const DEFAULT_PACK = english;

/** Why a document was cleaned but not annotated. */
export interface NotAnnotated {
  code: 'no_language_pack';
  message: string;
}

export type PackChoice = { pack: LanguagePack; skipped?: undefined } | { pack: null; skipped: NotAnnotated };

/** The pack for a detected language ('und' gets the default); none, with the reason, for a language without one. */
export function packFor(code: LanguageCode): PackChoice {
  if (code === 'und') return { pack: DEFAULT_PACK };
  const pack = PACKS.get(code);
  if (pack) return { pack };
  const known = [...PACKS.keys()].join(', ');
  return {
    pack: null,
    skipped: { code: 'no_language_pack', message: `no language pack for "${code}" (packs: ${known}): cleaned only; no times, places, entities or events read` },
  };
}
