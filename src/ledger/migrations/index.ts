// Every migration, in order. Names sort in the order they run; a new migration is a new file and a new
// entry at the end, never an edit of one that has shipped.
import type { Migration, MigrationProvider } from 'kysely';
import type { SqlFlavor } from './flavor.js';
import { initial } from './001-initial.js';
import { eventOrder } from './002-event-order.js';
import { happenings } from './003-happenings.js';
import { textSearch } from './004-text-search.js';
import { ledgerRevision } from './005-ledger-revision.js';
import { querySummaries } from './006-query-summaries.js';
import { verificationRule } from './007-verification-rule.js';
import { eventCandidates } from './008-event-candidates.js';
import { supersededVersions } from './009-superseded-versions.js';

export const MIGRATIONS: ReadonlyArray<{ name: string; make: (flavor: SqlFlavor) => Migration }> = [
  { name: '001-initial', make: initial },
  { name: '002-event-order', make: eventOrder },
  { name: '003-happenings', make: happenings },
  { name: '004-text-search', make: textSearch },
  { name: '005-ledger-revision', make: ledgerRevision },
  { name: '006-query-summaries', make: querySummaries },
  { name: '007-verification-rule', make: verificationRule },
  { name: '008-event-candidates', make: eventCandidates },
  { name: '009-superseded-versions', make: supersededVersions },
];

export function migrationProvider(flavor: SqlFlavor): MigrationProvider {
  return {
    async getMigrations() {
      return Object.fromEntries(MIGRATIONS.map((m) => [m.name, m.make(flavor)]));
    },
  };
}
