// sitrep show EVENT_ID: one event, the document it came from, and the sentences that are its evidence.
import { ERROR_CODES, SitrepError } from '../../../errors.js';
import { evidenceTexts } from '../../../ledger/evidence.js';
import type { StoredDocument, StoredEvent } from '../../../ledger/store.js';
import { EXIT } from '../exit-codes.js';
import type { Command } from '../command.js';
import { DB_HELP, DB_OPTION, withLedger } from './ledger-options.js';
import { eventJson } from './events-table.js';

type Json = Record<string, any>;

function showText(e: StoredEvent, doc: StoredDocument, evidence: Array<string | null>): string {
  const ev = e.event as Json;
  const loc = ev.location as Json | null;
  const f = ev.fatalities as Json | null;
  const rows: Array<[string, string | null]> = [
    ['event', `${e.id}  ${ev.type}${ev.acled ? `  (ACLED: ${ev.acled.event_type} / ${ev.acled.sub_event_type})` : ''}`],
    ['date', ev.date ? `${ev.date.value} (${ev.date.precision}${ev.date.start && (ev.date.start !== ev.date.value || ev.date.end !== ev.date.value) ? `, ${ev.date.start} to ${ev.date.end}` : ''})` : null],
    ['place', loc ? `${[loc.name, loc.admin1, loc.country].filter(Boolean).join(', ')}  ${loc.lat}, ${loc.lon}${loc.geonameId ? `  geonames ${loc.geonameId}` : ''}` : null],
    ['actors', Array.isArray(ev.actors) && ev.actors.length ? ev.actors.map((a: Json) => `${a.name} (${a.role}${a.side ? `, ${a.side}` : ''})`).join('; ') : null],
    ['killed', f ? `${f.best ?? '?'}${f.low !== null || f.high !== null ? ` (${f.low ?? '?'} to ${f.high ?? '?'})` : ''}` : null],
    ['modality', `${ev.modality}   verification: ${ev.verification}   confidence: ${ev.confidence}`],
    ['source', ev.source?.name ?? null],
    ['trigger', ev.trigger?.text ? `"${ev.trigger.text}"` : null],
    ['document', `${doc.id}  ${doc.name}${doc.title ? `  "${doc.title}"` : ''}`],
    ['published', doc.published ? `${doc.published} (${doc.publishedSource})` : null],
    ['url', doc.url],
    ['annotated', doc.pipelineVersion],
  ];
  const out = rows.filter(([, v]) => v).map(([k, v]) => `${k.padEnd(10)}${v}`);
  out.push('evidence');
  for (const s of evidence) out.push(`  > ${s === null ? '(span not found in the stored text)' : s.replace(/\s+/g, ' ').trim()}`);
  return out.join('\n') + '\n';
}

export const showCommand: Command = {
  name: 'show',
  summary: 'one event: its fields, its document and its evidence sentences',
  usage: `sitrep show [--db FILE] [--json] EVENT_ID\n  ${DB_HELP}`,
  options: { ...DB_OPTION, json: { type: 'boolean' } },
  async run({ values, positionals }, io) {
    const [idText, ...extra] = positionals;
    if (!idText || extra.length > 0 || !/^\d+$/.test(idText)) {
      throw new SitrepError(ERROR_CODES.USAGE, `an event id (a number, as listed by sitrep events) is needed\nusage: ${showCommand.usage}`);
    }
    const found = await withLedger(values, async (store) => {
      const event = await store.event(Number(idText));
      if (!event) return null;
      const doc = await store.document(event.documentId);
      return doc ? { event, doc } : null;
    });
    if (!found) throw new SitrepError(ERROR_CODES.NOT_FOUND, `no event ${idText} in the ledger`, { id: idText });
    const evidence = evidenceTexts(found.doc, found.event.event.evidence);
    if (values.json) {
      const { raw: _raw, line: _line, ...document } = found.doc;
      io.stdout.write(JSON.stringify({ event: eventJson(found.event), document, evidence }) + '\n');
    } else io.stdout.write(showText(found.event, found.doc, evidence));
    return EXIT.OK;
  },
};
