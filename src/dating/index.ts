// The dating stage: the document's creation time when the page gave none (inferred from its own dated
// statements), and full dates for feed items that show only a clock time.
import type { RepairedDocument } from '../repair/types.js';

export function dateDocument(doc: RepairedDocument): RepairedDocument {
  return doc;
}
