// Migration 007: happenings stored under the earlier verification rule re-read under the one definition
// (src/ledger/linking/corroborate.ts verificationOf): a single independent source no longer confirms
// itself, and a report whose own text says the happening is disputed makes it disputed. Both changes are
// expressible over the stored rows, so no report is re-linked.
import { sql, type Kysely, type Migration } from 'kysely';
import type { SqlFlavor } from './flavor.js';

export function verificationRule(_flavor: SqlFlavor): Migration {
  return {
    async up(db: Kysely<any>) {
      await sql`update happenings set verification = 'disputed' where verification <> 'disputed' and exists (
        select 1 from happening_reports hr join events e on e.id = hr.event_id
        where hr.happening_id = happenings.id and e.verification = 'disputed')`.execute(db);
      await sql`update happenings set verification = 'unconfirmed' where verification = 'confirmed' and independent_sources < 2`.execute(db);
      // Cached answers (the HTTP API's) are keyed by the revision: they must not outlive the change.
      await sql`update ledger_meta set value = value + 1 where key = 'revision'`.execute(db);
    },
  };
}
