// Which --type values mean something: sitrep's own event types and any type the ledger holds (a ledger
// written by another version may hold more). A value that is neither a type nor a dotted prefix of one is
// a mistake to report, not a filter that silently matches nothing.
import { ERROR_CODES, SitrepError } from '../../../errors.js';
import { EVENT_TYPES } from '../../../events/taxonomy.js';
import type { LedgerStore } from '../../../ledger/store.js';

export function typeMatches(filter: string, type: string): boolean {
  return type === filter || type.startsWith(`${filter}.`);
}

/** Throws a USAGE error listing the known types when `type` can match none of them. */
export async function checkTypeFilter(store: LedgerStore, type: string | undefined): Promise<void> {
  if (type === undefined) return;
  const own = Object.keys(EVENT_TYPES);
  if (own.some((t) => typeMatches(type, t))) return;
  const held = (await store.eventStats()).types.map((t) => t.type);
  if (held.some((t) => typeMatches(type, t))) return;
  const known = [...new Set([...own, ...held])].sort();
  const prefixes = [...new Set(known.filter((t) => t.includes('.')).map((t) => t.slice(0, t.indexOf('.'))))];
  throw new SitrepError(
    ERROR_CODES.USAGE,
    `unknown --type "${type}": a type or the part before its dot is needed (${prefixes.join(', ')}); the types are ${known.join(', ')}`,
    { type },
  );
}
