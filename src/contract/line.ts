// The batch contract's output line (../shared/eval/CONTRACT.md), built from a processed document.
// This is the one place where section offsets become the offsets the contract promises. Its shape is
// schema.ts's; the records are built field by field for speed and checked against the schema in test/contract.
import type { z } from 'zod/v4';
import type { SitrepError } from '../errors.js';
import type { AnnotatedSection } from '../annotate/types.js';
import type { ProcessedDocument } from '../pipeline.js';
import type { SitrepEvent } from '../events/types.js';
import type { AnnotatedLine, ContractEntity, ContractEvent, ContractPlace, ContractTimex, ErrorLine, spanSchema } from './schema.js';

export type ContractSpan = z.infer<typeof spanSchema>;

/**
 * An output line as its readers take it (the ledger, the exports): either form of schema.ts's
 * contractLineSchema, with the fields of the other form absent.
 */
export type ContractLine = { id: string | null } & Partial<Omit<AnnotatedLine, 'id'>> & Partial<Omit<ErrorLine, 'id'>>;

export interface ContractOptions {
  /** Add the candidates below the decision's threshold (the ledger stores them, marked, not shown by default). */
  candidates?: boolean;
  /** Add every event's features, the decision's inputs (for training). */
  features?: boolean;
}

export function errorLine(id: string | null, err: SitrepError, line?: number): ContractLine {
  return { id, error: { code: err.code, message: err.message, ...(line !== undefined ? { line } : {}) } };
}

/** Maps a span in a section to the contract's offsets. */
function spanMapper(doc: ProcessedDocument['doc']) {
  let itemIndex = -1;
  const itemOf = new Map<AnnotatedSection, number>();
  for (const s of doc.sections) if (s.section.kind === 'item') itemOf.set(s, ++itemIndex);
  return (section: AnnotatedSection, start: number, end: number): ContractSpan => {
    if (doc.kind === 'html' && section.section.kind === 'item') return { start, end, item: itemOf.get(section)! };
    return section.section.text.toSource(start, end);
  };
}

/**
 * A new record that starts with the span's fields, for the caller to add its own to, in output order.
 * (Built field by field, not by spreading: V8 copies a spread object several times slower, and the
 * contract line makes dozens of these per document.)
 */
function spanRecord(span: ContractSpan): Record<string, unknown> {
  return span.item === undefined ? { start: span.start, end: span.end } : { start: span.start, end: span.end, item: span.item };
}

function eventLine(e: SitrepEvent, map: (start: number, end: number) => ContractSpan, withFeatures = false): ContractEvent {
  const line: Record<string, unknown> = { type: e.type, acled: e.acled, plover: e.plover };
  if (e.ploverMode) line.ploverMode = e.ploverMode;
  line.date = e.date;
  line.location = e.location;
  line.actors = e.actors;
  line.fatalities = e.fatalities;
  if (e.injuries) line.injuries = e.injuries;
  if (e.instruments?.length) line.instruments = e.instruments;
  line.modality = e.modality;
  line.source = e.source;
  line.verification = e.verification;
  const trigger = spanRecord(map(e.trigger.start, e.trigger.end));
  trigger.text = e.trigger.text;
  line.trigger = trigger;
  line.evidence = e.evidence.map((s) => map(s.start, s.end));
  if (e.quotes?.length) {
    line.quotes = e.quotes.map((q) => {
      const quote = spanRecord(map(q.start, q.end));
      quote.speaker = q.speaker;
      return quote;
    });
  }
  line.confidence = e.confidence;
  if (withFeatures && e.features) line.features = e.features;
  return line as ContractEvent;
}

export function contractLine(p: ProcessedDocument, opts: ContractOptions = {}): AnnotatedLine {
  const { doc } = p;
  const map = spanMapper(doc);
  const body = doc.sections.find((s) => s.section.kind === 'body');
  const timexes: ContractTimex[] = [];
  const entities: ContractEntity[] = [];
  const places: ContractPlace[] = [];
  for (const s of doc.sections) {
    const kind = s.section.kind;
    for (const t of s.timexes) {
      const timex = spanRecord(map(s, t.start, t.end));
      timex.text = t.text;
      timex.type = t.type;
      timex.value = t.value;
      if (t.mod) timex.mod = t.mod;
      if (t.range) timex.range = t.range;
      timex.section = kind;
      timexes.push(timex as ContractTimex);
    }
    for (const e of s.entities) {
      const entity = spanRecord(map(s, e.start, e.end));
      entity.text = e.text;
      entity.type = e.type;
      entity.canonical = e.canonical;
      entity.id = e.id;
      if (e.side) entity.side = e.side;
      if (e.role) entity.role = e.role;
      entities.push(entity as ContractEntity);
    }
    for (const m of s.places) {
      const { place } = m;
      const mention = spanRecord(map(s, m.start, m.end));
      mention.text = m.text;
      mention.name = place.name;
      mention.geonameId = place.geonameId;
      mention.lat = place.lat;
      mention.lon = place.lon;
      mention.country = place.country;
      mention.admin1 = place.admin1;
      mention.kind = place.kind;
      mention.precision = place.precision;
      mention.confidence = m.confidence;
      places.push(mention as ContractPlace);
    }
  }
  return {
    id: doc.id,
    language: p.language,
    ...(p.skipped ? { skipped: p.skipped } : {}),
    document: {
      title: doc.title,
      byline: doc.byline,
      published: doc.published,
      publishedSource: doc.publishedSource,
      ...(doc.publishedEvidence ? { publishedEvidence: doc.publishedEvidence } : {}),
      siteName: doc.siteName ?? null,
      language: doc.language ?? null,
      canonicalUrl: doc.canonicalUrl ?? null,
      body: body?.section.text.text ?? '',
      items: doc.items.map((it) => (it.clock ? { time: it.time, timeSource: it.timeSource, clock: it.clock, text: it.text.text } : { time: it.time, timeSource: it.timeSource, text: it.text.text })),
      captions: doc.captions,
      related: doc.related,
      removed: doc.removed,
    },
    timexes,
    entities,
    places,
    events: p.events.map((e) => {
      const section = doc.sections[e.section]!;
      return eventLine(e, (s, en) => map(section, s, en), opts.features);
    }),
    ...(opts.candidates ? {
      candidates: p.candidates.map((e) => {
        const section = doc.sections[e.section]!;
        return eventLine(e, (s, en) => map(section, s, en), opts.features);
      }),
    } : {}),
    repairs: doc.repairs,
  };
}
