// The batch contract's output line (../shared/eval/CONTRACT.md), built from a processed document.
// This is the one place where section offsets become the offsets the contract promises.
import type { SitrepError } from '../errors.js';
import type { AnnotatedSection } from '../annotate/types.js';
import type { ProcessedDocument } from '../pipeline.js';
import type { SitrepEvent } from '../events/types.js';

export interface ContractSpan {
  start: number;
  end: number;
  /** Present when the span lies in a feed item of an html page, where offsets cannot index the body. */
  item?: number;
}

export interface ContractLine {
  id: string | null;
  error?: { code: string; message: string; line?: number };
  document?: Record<string, unknown>;
  timexes?: unknown[];
  entities?: unknown[];
  places?: unknown[];
  events?: unknown[];
  repairs?: unknown[];
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

function eventLine(e: SitrepEvent, map: (start: number, end: number) => ContractSpan) {
  return {
    type: e.type,
    acled: e.acled,
    plover: e.plover,
    ...(e.ploverMode ? { ploverMode: e.ploverMode } : {}),
    date: e.date,
    location: e.location,
    actors: e.actors,
    fatalities: e.fatalities,
    ...(e.injuries ? { injuries: e.injuries } : {}),
    ...(e.instruments?.length ? { instruments: e.instruments } : {}),
    modality: e.modality,
    source: e.source,
    verification: e.verification,
    trigger: { ...map(e.trigger.start, e.trigger.end), text: e.trigger.text },
    evidence: e.evidence.map((s) => map(s.start, s.end)),
    ...(e.quotes?.length ? { quotes: e.quotes.map((q) => ({ ...map(q.start, q.end), speaker: q.speaker })) } : {}),
    confidence: e.confidence,
  };
}

export function contractLine(p: ProcessedDocument): ContractLine {
  const { doc } = p;
  const map = spanMapper(doc);
  const body = doc.sections.find((s) => s.section.kind === 'body');
  const timexes: unknown[] = [];
  const entities: unknown[] = [];
  const places: unknown[] = [];
  for (const s of doc.sections) {
    for (const t of s.timexes) {
      timexes.push({ ...map(s, t.start, t.end), text: t.text, type: t.type, value: t.value,
        ...(t.mod ? { mod: t.mod } : {}), ...(t.range ? { range: t.range } : {}), section: s.section.kind });
    }
    for (const e of s.entities) {
      entities.push({ ...map(s, e.start, e.end), text: e.text, type: e.type, canonical: e.canonical, id: e.id,
        ...(e.side ? { side: e.side } : {}), ...(e.role ? { role: e.role } : {}) });
    }
    for (const m of s.places) {
      const { place } = m;
      places.push({ ...map(s, m.start, m.end), text: m.text, name: place.name, geonameId: place.geonameId,
        lat: place.lat, lon: place.lon, country: place.country, admin1: place.admin1, kind: place.kind,
        precision: place.precision, confidence: m.confidence });
    }
  }
  return {
    id: doc.id,
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
      items: doc.items.map((it) => ({ time: it.time, timeSource: it.timeSource, ...(it.clock ? { clock: it.clock } : {}), text: it.text.text })),
      captions: doc.captions,
      related: doc.related,
      removed: doc.removed,
    },
    timexes,
    entities,
    places,
    events: p.events.map((e) => {
      const section = doc.sections[e.section]!;
      return eventLine(e, (s, en) => map(section, s, en));
    }),
    repairs: doc.repairs,
  };
}
