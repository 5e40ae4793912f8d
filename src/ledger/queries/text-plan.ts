// Which way SQLite should run a full-text filter on a listing. Its planner cannot know how many documents
// an FTS5 match returns, and takes the events of every matching document through events_document, then
// sorts them: right for a rare word, 0.5 s at a million events for a word in every document. Walking the
// listing index in order and testing each row's document against the matches is right for a common
// word (the page fills after a few rows) and for counting many. This picks one from two cheap counts;
// PostgreSQL keeps statistics and plans this itself.
import { sql, type Kysely } from 'kysely';
import type { LedgerDatabase } from '../schema.js';
import { fts5Query } from './event-filter.js';

/** Matching documents counted at most this far: enough to tell rare from common. */
const MATCH_CAP = 10_000;
/** A row fetched by document, then sorted, costs about this many listing-index entries tested in order. */
const FETCH_COST = 5;

export type TextPlan = 'documents' | 'listing';

export async function sqliteTextPlan(db: Kysely<LedgerDatabase>, text: string, limit: number | undefined): Promise<TextPlan> {
  const q = fts5Query(text);
  if (!q) return 'documents';
  const { rows } = await sql<{ matched: number; documents: number; events: number }>`
    select (select count(*) from (select 1 from documents_fts where documents_fts match ${q} limit ${MATCH_CAP})) as matched,
      (select count(*) from documents) as documents,
      (select coalesce(max(id), 0) from events) as events`.execute(db);
  const { matched, documents, events } = rows[0]!;
  if (matched === 0 || documents === 0) return 'documents';
  const share = Math.min(1, matched / documents);
  const wanted = limit ?? share * events;
  // Rows walked in listing order until `wanted` match, against the matching documents' rows fetched.
  return Math.min(events, wanted / share) < FETCH_COST * share * events ? 'listing' : 'documents';
}
