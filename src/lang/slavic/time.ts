// Time expressions in Ukrainian and Russian (placeholder until the chrono readers land).
import type { FoundDate } from '../../dating/index.js';
import type { SlavicLanguage } from './language.js';

export function slavicFindDates(_text: string, _lang: SlavicLanguage): readonly FoundDate[] {
  return [];
}
