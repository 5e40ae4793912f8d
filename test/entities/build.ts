// Builds annotated sections for entity tests from a short text, through the real clean, repair and
// sentence stages; places are given by the test (the places annotator is another folder's work).
import { clean } from '../../src/clean/index.js';
import { repair } from '../../src/repair/index.js';
import { sectionsOf } from '../../src/annotate/index.js';
import { splitSentences } from '../../src/annotate/sentences/index.js';
import { findEntities } from '../../src/annotate/entities/index.js';
import type { AnnotatedSection, EntityMention, PlaceMention, Timex } from '../../src/annotate/types.js';

export interface Built {
  sections: AnnotatedSection[];
  /** Every mention of every section, in order. */
  all: EntityMention[];
  /** The first mention whose text is exactly `text`. */
  find(text: string): EntityMention | undefined;
}

export interface BuildOptions {
  published?: string;
  places?: (s: AnnotatedSection) => PlaceMention[];
  timexes?: (s: AnnotatedSection) => Timex[];
}

export function entitiesFor(text: string, opts: BuildOptions = {}): Built {
  // Dating is left out on purpose: entities read only `published`, which the test gives.
  const doc = repair(clean({ id: 't', kind: 'text', content: text, ...(opts.published ? { published: opts.published } : {}) }));
  const sections: AnnotatedSection[] = sectionsOf(doc).map((section) => ({
    section, sentences: splitSentences(section.text.text), timexes: [], places: [], entities: [],
  }));
  for (const s of sections) {
    s.places = opts.places?.(s) ?? [];
    s.timexes = opts.timexes?.(s) ?? [];
  }
  findEntities(sections, doc).forEach((list, i) => (sections[i]!.entities = list));
  const all = sections.flatMap((s) => s.entities);
  return { sections, all, find: (t) => all.find((e) => e.text === t) };
}

/** A place mention over the first occurrence of `name` in the section, for tests that need one. */
export function placeAt(s: AnnotatedSection, name: string, country: string): PlaceMention[] {
  const at = s.section.text.text.indexOf(name);
  if (at < 0) return [];
  return [{
    start: at, end: at + name.length, text: name, confidence: 1,
    place: { name, geonameId: null, lat: 0, lon: 0, country, admin1: null, kind: 'settlement', precision: 1 },
  }];
}

/** A day timex over the first occurrence of `text` in the section. */
export function dayAt(s: AnnotatedSection, text: string, value: string): Timex[] {
  const at = s.section.text.text.indexOf(text);
  return at < 0 ? [] : [{ start: at, end: at + text.length, text, type: 'DATE', value }];
}
