// sitrep events: the ledger's events, filtered; a table for people, --json for JSON Lines.
import { ERROR_CODES, SitrepError } from '../../../errors.js';
import { dayRangeOf } from '../../../ledger/day-range.js';
import type { EventFilter } from '../../../ledger/store.js';
import { EXIT } from '../exit-codes.js';
import type { Command } from '../command.js';
import { DB_HELP, DB_OPTION, withLedger } from './ledger-options.js';
import { eventJson, eventsTable, happeningJson, happeningsTable } from './events-table.js';
import { checkTypeFilter } from './known-types.js';

const VERIFICATIONS = ['unconfirmed', 'confirmed', 'disputed', 'unknown'];

/** Turns the command's options into a filter, refusing values it cannot mean anything by. */
export function eventFilterOf(values: Record<string, unknown>): EventFilter {
  const filter: EventFilter = {};
  const text = (name: string) => (typeof values[name] === 'string' && values[name] !== '' ? (values[name] as string) : undefined);
  const day = (name: 'since' | 'until') => {
    const v = text(name);
    if (v === undefined) return undefined;
    const range = dayRangeOf(v);
    if (!range) throw new SitrepError(ERROR_CODES.USAGE, `--${name} takes a date: 2023-03-22, 2023-03 or 2023 (got "${v}")`);
    return name === 'since' ? range.start : range.end;
  };
  const type = text('type');
  if (type) filter.type = type;
  const since = day('since');
  if (since) filter.since = since;
  const until = day('until');
  if (until) filter.until = until;
  const place = text('place');
  if (place) filter.place = place;
  const search = text('text');
  if (search) filter.text = search;
  const verification = text('verification');
  if (verification) {
    if (!VERIFICATIONS.includes(verification)) throw new SitrepError(ERROR_CODES.USAGE, `unknown --verification "${verification}": one of ${VERIFICATIONS.join(', ')}`);
    filter.verification = verification;
  }
  const limit = text('limit');
  if (limit !== undefined) {
    if (!/^\d+$/.test(limit) || Number(limit) < 1) throw new SitrepError(ERROR_CODES.USAGE, `--limit takes a positive whole number (got "${limit}")`);
    filter.limit = Number(limit);
  }
  return filter;
}

export const eventsCommand: Command = {
  name: 'events',
  summary: 'list the ledger\'s happenings, each with its sources (a table, or --json for JSON Lines)',
  usage: `sitrep events [--db FILE] [--json] [--type TYPE] [--since DATE] [--until DATE] [--place NAME] [--verification V] [--text WORDS] [--limit N] [--candidates]\n  ${DB_HELP}\n  Newest first (by the happening's day; undated last).\n  --type: a type or its prefix (strike matches strike.shelling and strike.drone)\n  --place: part of a place or region name, or a country code\n  --text: words that must all occur in the title or text of a reporting document\n  --candidates: also list, after the happenings, the candidates the learned decision kept below its threshold (stored, never linked, counted or exported), marked CANDIDATE in the table and "candidate": true in JSON`,
  options: {
    ...DB_OPTION,
    json: { type: 'boolean' },
    type: { type: 'string' },
    since: { type: 'string' },
    until: { type: 'string' },
    place: { type: 'string' },
    text: { type: 'string' },
    verification: { type: 'string' },
    limit: { type: 'string' },
    candidates: { type: 'boolean' },
  },
  async run({ values, positionals }, io) {
    if (positionals.length > 0) throw new SitrepError(ERROR_CODES.USAGE, `unexpected argument "${positionals[0]}"\nusage: ${eventsCommand.usage}`);
    const filter = eventFilterOf(values);
    const { happenings, candidates } = await withLedger(values, async (store) => {
      await checkTypeFilter(store, filter.type);
      return { happenings: await store.happenings(filter), candidates: values.candidates ? await store.events({ ...filter, candidates: 'only' }) : [] };
    }, 'read');
    if (values.json) {
      for (const h of happenings) io.stdout.write(JSON.stringify(happeningJson(h)) + '\n');
      for (const e of candidates) io.stdout.write(JSON.stringify(eventJson(e)) + '\n');
    } else {
      io.stdout.write(happenings.length ? happeningsTable(happenings) : 'no events\n');
      if (values.candidates) io.stdout.write(candidates.length ? `\n${eventsTable(candidates, { kind: true })}` : '\nno candidates\n');
    }
    return EXIT.OK;
  },
};
