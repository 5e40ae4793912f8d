// A newer version of a URL replaces the earlier ones: when a save stores a document whose URL the ledger
// holds already under other content (an edited Telegram post, a page that changed since it was fetched),
// the earlier versions' events leave their happenings, which are re-counted without them, and each earlier
// document names its successor. The last version stored is the current one: an export or a page read again
// unchanged is the same content, stored once, so only new content ever supersedes.
import type { Transaction } from 'kysely';
import { happeningsReportedBy, type RetiredHappening } from './happenings/link-on-save.js';
import type { LedgerDatabase } from './schema.js';
import { documentEventCounts, type EventCount } from './queries/summary-tables.js';

type Tx = Transaction<LedgerDatabase>;

export interface Superseded {
  /** The earlier versions replaced by this save. */
  documentIds: number[];
  /** Happenings their events reported, to be re-counted without them. */
  happenings: RetiredHappening[];
  /** Their events as the query summaries counted them, to be taken out. */
  counts: EventCount[];
}

const NONE: Superseded = { documentIds: [], happenings: [], counts: [] };

/** Retires the events of the URL's earlier current versions and points them at `documentId`. */
export async function supersedeEarlierVersions(trx: Tx, documentId: number, url: string | null): Promise<Superseded> {
  if (!url) return NONE;
  const earlier = await trx
    .selectFrom('documents')
    .select('id')
    .where('url', '=', url)
    .where('id', '<>', documentId)
    .where('superseded_by', 'is', null)
    .orderBy('id')
    .execute();
  if (earlier.length === 0) return NONE;
  const ids = earlier.map((d) => Number(d.id));
  const happenings = await happeningsReportedBy(trx, ids);
  const counts: EventCount[] = [];
  for (const id of ids) counts.push(...(await documentEventCounts(trx, id)));
  await trx.deleteFrom('events').where('document_id', 'in', ids).execute();
  await trx.updateTable('documents').set({ superseded_by: documentId }).where('id', 'in', ids).execute();
  return { documentIds: ids, happenings, counts };
}

/** Whether a stored document was replaced by a newer version (a forced re-annotation then stores no events for it). */
export async function isSuperseded(trx: Tx, documentId: number): Promise<boolean> {
  const row = await trx.selectFrom('documents').select('superseded_by').where('id', '=', documentId).executeTakeFirst();
  return row?.superseded_by != null;
}
