// Builds an annotated document from a short fixture text written for these tests: real sentences and tags
// from the sentence annotator, and time, place and entity annotations given by hand, so that each test
// pins the events stage alone.
import { MappedText } from '../../src/text/mapped-text.js';
import { splitSentences } from '../../src/annotate/sentences/index.js';
import type { AnnotatedDocument, AnnotatedSection, EntityMention, Place, PlaceMention, Timex } from '../../src/annotate/types.js';
import { extractCandidates, extractEvents } from '../../src/events/index.js';
import type { SitrepEvent } from '../../src/events/types.js';

export interface FixtureSection {
  text: string;
  kind?: 'title' | 'body' | 'item';
  reportTime?: string | null;
  timexes?: Array<{ text: string; value: string; nth?: number }>;
  places?: Array<{ text: string; place: Partial<Place> & { name: string }; nth?: number }>;
  entities?: Array<{ text: string; canonical: string; type?: EntityMention['type']; side?: string }>;
}

function at(text: string, needle: string, nth = 0): number {
  let i = -1;
  for (let k = 0; k <= nth; k++) {
    i = text.indexOf(needle, i + 1);
    if (i < 0) throw new Error(`fixture: "${needle}" not in text`);
  }
  return i;
}

function section(f: FixtureSection): AnnotatedSection {
  const text = f.text;
  const timexes: Timex[] = (f.timexes ?? []).map((t) => {
    const start = at(text, t.text, t.nth);
    return { start, end: start + t.text.length, text: t.text, type: 'DATE', value: t.value };
  });
  const places: PlaceMention[] = (f.places ?? []).map((p) => {
    const start = at(text, p.text, p.nth);
    const place: Place = { geonameId: null, lat: 48, lon: 37, country: 'UA', admin1: null, kind: 'settlement', precision: 1, ...p.place };
    return { start, end: start + p.text.length, text: p.text, place, confidence: 0.9 };
  });
  const entities: EntityMention[] = (f.entities ?? []).map((e, i) => {
    const start = at(text, e.text);
    return { start, end: start + e.text.length, text: e.text, type: e.type ?? 'GROUP', canonical: e.canonical, id: `e${i}`, ...(e.side ? { side: e.side } : {}) };
  });
  return {
    section: { kind: f.kind ?? 'body', text: MappedText.identity(text), reportTime: f.reportTime === undefined ? '2024-03-15' : f.reportTime },
    sentences: splitSentences(text),
    timexes,
    places,
    entities,
  };
}

export function docOf(...sections: Array<FixtureSection | string>): AnnotatedDocument {
  const annotated = sections.map((s) => section(typeof s === 'string' ? { text: s } : s));
  return {
    id: 'fixture', kind: 'text', source: '', title: null, titleText: null, byline: null, published: '2024-03-15',
    publishedSource: 'given', paragraphs: [], items: [], captions: [], related: [], removed: [], repairs: [],
    sections: annotated,
  };
}

/** What the rules propose for the sections: every candidate, before the learned decision keeps or drops it. */
export function eventsOf(...sections: Array<FixtureSection | string>): SitrepEvent[] {
  return extractCandidates(docOf(...sections));
}

/** What the pipeline keeps: the candidates at or above the learned decision's threshold. */
export function keptOf(...sections: Array<FixtureSection | string>): SitrepEvent[] {
  return extractEvents(docOf(...sections)).events;
}

/** The event the scorer would pick: the highest confidence, the first on ties. */
export function top(events: readonly SitrepEvent[]): SitrepEvent {
  if (events.length === 0) throw new Error('no events');
  return events.reduce((a, b) => (b.confidence > a.confidence ? b : a));
}
