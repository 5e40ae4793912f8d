// A Russian or Ukrainian text annotated by hand for the events stage's tests: sentences split at their final
// stop, and the places and dates the text names given as surface forms, so that the events rules are tested on
// their own (the language pack's annotation has its own tests).
import type { AnnotatedDocument, Place, PlaceKind, Timex } from '../../src/annotate/types.js';
import { MappedText } from '../../src/text/mapped-text.js';

export interface HandPlace {
  /** The words as written ("Лесное", "Сумській"). */
  text: string;
  name: string;
  kind?: PlaceKind;
  admin1?: string;
  country?: string;
}

let nextId = 1;

function place(p: HandPlace): Place {
  const id = nextId++;
  return { name: p.name, geonameId: id, lat: 48 + id / 10, lon: 30 + id / 10, country: p.country ?? 'UA', admin1: p.admin1 ?? null, kind: p.kind ?? 'settlement', precision: 1 };
}

export function handDoc(text: string, opts: { published?: string | null; places?: HandPlace[]; dates?: Array<[string, string]> } = {}): AnnotatedDocument {
  const sentences = [...text.matchAll(/[^.!?\n]+[.!?]*/g)].map((m) => ({ start: m.index, end: m.index + m[0].length, tokens: [] }));
  const places = (opts.places ?? []).flatMap((p) => {
    const at = text.indexOf(p.text);
    return at < 0 ? [] : [{ start: at, end: at + p.text.length, text: p.text, place: place(p), confidence: 0.9 }];
  });
  const timexes: Timex[] = (opts.dates ?? []).flatMap(([surface, value]) => {
    const at = text.indexOf(surface);
    return at < 0 ? [] : [{ start: at, end: at + surface.length, text: surface, type: 'DATE' as const, value }];
  });
  const published = opts.published === undefined ? '2025-03-10T09:00:00Z' : opts.published;
  return {
    id: 'hand', published, sections: [{ section: { kind: 'body', text: MappedText.identity(text), reportTime: published }, sentences, timexes, places, entities: [] }],
  } as unknown as AnnotatedDocument;
}
