// sitrep show ID: one happening: what its best report says, every report of it with the document it came
// from and the sentences that are its evidence, and the revision log of how it came to read as it does.
import { ERROR_CODES, SitrepError } from '../../../errors.js';
import { evidenceTexts } from '../../../ledger/evidence.js';
import type { HappeningDetail, HappeningRevision, LedgerStore, StoredDocument, StoredEvent } from '../../../ledger/store.js';
import { EXIT } from '../exit-codes.js';
import type { Command } from '../command.js';
import { DB_HELP, DB_OPTION, withLedger } from './ledger-options.js';
import { eventJson, happeningJson } from './events-table.js';

interface ShownReport {
  event: StoredEvent;
  doc: StoredDocument;
  evidence: Array<string | null>;
}

const row = (k: string, v: string | null) => (v ? `${k.padEnd(12)}${v}` : null);

function reportText(r: ShownReport, indent: string): string[] {
  const ev = r.event.event;
  const loc = ev.location;
  const f = ev.fatalities;
  const { doc } = r;
  const rows = [
    row('report', `${r.event.id}  ${ev.type}${ev.acled ? `  (ACLED: ${ev.acled.event_type} / ${ev.acled.sub_event_type})` : ''}`),
    row('date', ev.date ? `${ev.date.value} (${ev.date.precision}${ev.date.start && (ev.date.start !== ev.date.value || ev.date.end !== ev.date.value) ? `, ${ev.date.start} to ${ev.date.end}` : ''})` : null),
    row('place', loc ? `${[loc.name, loc.admin1, loc.country].filter(Boolean).join(', ')}  ${loc.lat}, ${loc.lon}${loc.geonameId ? `  geonames ${loc.geonameId}` : ''}` : null),
    row('actors', Array.isArray(ev.actors) && ev.actors.length ? ev.actors.map((a) => `${a.name} (${a.role}${a.side ? `, ${a.side}` : ''})`).join('; ') : null),
    row('killed', f ? `${f.best ?? '?'}${f.low !== null || f.high !== null ? ` (${f.low ?? '?'} to ${f.high ?? '?'})` : ''}` : null),
    row('modality', `${ev.modality}   its text on verification: ${ev.verification}   confidence: ${ev.confidence}`),
    row('source', ev.source?.name ?? null),
    row('trigger', ev.trigger?.text ? `"${ev.trigger.text}"` : null),
    row('document', `${doc.id}  ${doc.name}${doc.title ? `  "${doc.title}"` : ''}`),
    row('published', doc.published ? `${doc.published} (${doc.publishedSource})` : null),
    row('url', doc.url),
    row('annotated', doc.pipelineVersion),
  ].filter((x): x is string => x !== null);
  rows.push('evidence');
  for (const s of r.evidence) rows.push(`  > ${s === null ? '(span not found in the stored text)' : s.replace(/\s+/g, ' ').trim()}`);
  return rows.map((l) => indent + l);
}

function revisionText(r: HappeningRevision): string {
  const change = r.before === null ? `${r.after}` : `${r.before ?? '-'} → ${r.after ?? '-'}`;
  return `  ${r.at.slice(0, 19).replace('T', ' ')}  ${r.field.padEnd(12)} ${change}   (${r.reason})`;
}

function showText(h: HappeningDetail, reports: ShownReport[], candidates: ShownReport[] | null): string {
  const out = [
    `happening   ${h.id}  ${String(h.best.event.type)}`,
    `verified    ${h.verification}: ${h.independentSources} independent source${h.independentSources === 1 ? '' : 's'}, ${h.reportCount} report${h.reportCount === 1 ? '' : 's'}`,
  ];
  if (h.figures.length > 1) out.push(`figures     ${h.figures.map((f) => `${f.fatalities} killed per ${f.claimant ?? 'unnamed'} (documents ${f.documentIds.join(', ')})`).join('; ')}`);
  out.push(`sources     ${h.sources.map((s) => `${s.outlet ?? s.title ?? s.name} (document ${s.documentId})`).join('; ')}`);
  reports.forEach((r, i) => {
    out.push('', `${r.event.id === h.best.id ? 'best report' : `report ${i + 1}`}`);
    out.push(...reportText(r, '  '));
  });
  if (h.revisions.length) {
    out.push('', 'revisions');
    out.push(...h.revisions.map(revisionText));
  }
  if (candidates) {
    out.push('', `candidates of its documents (below the learned decision's threshold; never part of a happening): ${candidates.length || 'none'}`);
    for (const c of candidates) out.push('', ...reportText(c, '  '));
  }
  return out.join('\n') + '\n';
}

async function loadReports(store: LedgerStore, events: readonly StoredEvent[], docs = new Map<number, StoredDocument>()): Promise<ShownReport[] | null> {
  const out: ShownReport[] = [];
  for (const event of events) {
    let doc = docs.get(event.documentId);
    if (!doc) {
      const found = await store.document(event.documentId);
      if (!found) return null;
      docs.set(event.documentId, (doc = found));
    }
    out.push({ event, doc, evidence: evidenceTexts(doc, event.event.evidence) });
  }
  return out;
}

export const showCommand: Command = {
  name: 'show',
  summary: 'one happening: its reports, their documents and evidence sentences, and its revisions',
  usage: `sitrep show [--db FILE] [--json] [--candidates] ID\n  ${DB_HELP}\n  ID: a happening id, as listed by sitrep events\n  --candidates: also the candidates of its reporting documents (events the learned decision kept below its threshold, never part of a happening), marked "candidate": true in JSON`,
  options: { ...DB_OPTION, json: { type: 'boolean' }, candidates: { type: 'boolean' } },
  async run({ values, positionals }, io) {
    const [idText, ...extra] = positionals;
    if (!idText || extra.length > 0 || !/^\d+$/.test(idText)) {
      throw new SitrepError(ERROR_CODES.USAGE, `an id (a number, as listed by sitrep events) is needed\nusage: ${showCommand.usage}`);
    }
    const found = await withLedger(values, async (store) => {
      const happening = await store.happening(Number(idText));
      if (!happening) return null;
      const docs = new Map<number, StoredDocument>();
      // The best report first, then the others in the order they were stored.
      const ordered = [happening.reports.find((r) => r.id === happening.best.id) ?? happening.best, ...happening.reports.filter((r) => r.id !== happening.best.id)];
      const reports = await loadReports(store, ordered, docs);
      const below = values.candidates ? await store.events({ documentIds: happening.sources.map((s) => s.documentId), candidates: 'only' }) : null;
      const candidates = below ? await loadReports(store, below, docs) : null;
      return reports ? { happening, reports, candidates } : null;
    }, 'read');
    if (!found) throw new SitrepError(ERROR_CODES.NOT_FOUND, `no happening ${idText} in the ledger`, { id: idText });
    const { happening, reports, candidates } = found;
    if (values.json) {
      const strip = ({ raw: _raw, line: _line, ...document }: StoredDocument) => document;
      io.stdout.write(
        JSON.stringify({
          event: happeningJson(happening),
          document: strip(reports[0]!.doc),
          evidence: reports[0]!.evidence,
          reports: reports.map((r) => ({ event: eventJson(r.event), document: strip(r.doc), evidence: r.evidence })),
          revisions: happening.revisions,
          ...(candidates ? { candidates: candidates.map((r) => ({ event: eventJson(r.event), document: strip(r.doc), evidence: r.evidence })) } : {}),
        }) + '\n',
      );
    } else io.stdout.write(showText(happening, reports, candidates));
    return EXIT.OK;
  },
};
