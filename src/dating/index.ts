// The dating stage: the document's creation time when the page gave none (inferred from its own dated
// statements), and full dates for feed items that show only a clock time.
import type { RepairedDocument } from '../repair/types.js';
import { dateFromName } from '../ingest/name-date.js';
import { inferPublished } from './infer-published.js';
import { dateFeedItems } from './feed-items.js';
import type { FindDates } from './explicit-dates.js';

export type { FindDates, FoundDate } from './explicit-dates.js';

/**
 * `findDates` is the time tagger of the document's language (from its language pack); null when the
 * language has no pack, and then no date is read from the text.
 */
export function dateDocument(doc: RepairedDocument, findDates: FindDates | null): RepairedDocument {
  let dated = doc;
  if (!doc.published) {
    // A name that states a day (an archive's file name, a news site's /2023/06/06/ path) outranks a day
    // guessed from the text: it was given when the page was published. The contract's sources are
    // given|page|inferred|unknown; the name is the page's own, so it is a page date, its evidence saying so.
    const named = [doc.url, doc.canonicalUrl, doc.id].map(dateFromName).find((d) => d !== null);
    if (named) dated = { ...dated, published: named.published, publishedSource: 'page', publishedEvidence: `${named.from} "${named.evidence}"` };
  }
  if (!dated.published && findDates) {
    const texts = [doc.titleText?.text ?? doc.title ?? '', ...doc.paragraphs.map((p) => p.text)];
    const inferred = inferPublished(texts, findDates);
    if (inferred) {
      dated = { ...dated, published: inferred.day, publishedSource: 'inferred', publishedEvidence: inferred.evidence.join('; ') };
    }
  }
  if (dated.items.some((item) => !item.time && item.clock)) {
    dated = { ...dated, items: dateFeedItems(dated.items, dated.published) };
  }
  return dated;
}
