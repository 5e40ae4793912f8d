// The repair stage: mends what machine translation and scraping broke, keeping offsets.
import type { CleanedDocument } from '../clean/types.js';
import type { RepairedDocument } from './types.js';

export function repair(doc: CleanedDocument): RepairedDocument {
  return { ...doc, repairs: [] };
}
