// The annotate stage: cuts the document into sections, then runs the annotators in order. Each annotator
// sees the sections as annotated so far (so places can use sentences and times, entities can use places)
// and returns its own findings for every section.
import { MappedText } from '../text/mapped-text.js';
import type { RepairedDocument } from '../repair/types.js';
import type { AnnotatedDocument, AnnotatedSection, Section } from './types.js';
import { splitSentences } from './sentences/index.js';
import { findTimexes } from './time/index.js';
import { findPlaces } from './places/index.js';
import { findEntities } from './entities/index.js';

type Field = 'sentences' | 'timexes' | 'places' | 'entities';

export interface Annotator<F extends Field> {
  name: string;
  field: F;
  run(sections: readonly AnnotatedSection[], doc: RepairedDocument): Array<AnnotatedSection[F]>;
}

const perSection =
  <F extends Field>(fn: (s: AnnotatedSection) => AnnotatedSection[F]) =>
  (sections: readonly AnnotatedSection[]) =>
    sections.map(fn);

export const ANNOTATORS = [
  { name: 'sentences', field: 'sentences', run: perSection<'sentences'>((s) => splitSentences(s.section.text.text)) },
  { name: 'time', field: 'timexes', run: perSection<'timexes'>((s) => findTimexes(s.section, s.sentences)) },
  { name: 'places', field: 'places', run: findPlaces },
  { name: 'entities', field: 'entities', run: findEntities },
] as const satisfies ReadonlyArray<Annotator<Field>>;

/** The body as one text. For html input its offsets are document.body offsets, as the contract says. */
export function bodyText(doc: RepairedDocument): MappedText {
  const joined = MappedText.join(doc.paragraphs, '\n\n');
  return doc.kind === 'html' ? MappedText.identity(joined.text) : joined;
}

export function sectionsOf(doc: RepairedDocument): Section[] {
  const sections: Section[] = [];
  if (doc.titleText) sections.push({ kind: 'title', text: doc.titleText, reportTime: doc.published });
  sections.push({ kind: 'body', text: bodyText(doc), reportTime: doc.published });
  for (const item of doc.items) sections.push({ kind: 'item', text: item.text, reportTime: item.time ?? doc.published });
  return sections;
}

/** `timings` is the pipeline's StageTimings (ms by name), given as a plain map so this stage need not know the pipeline. */
export function annotate(doc: RepairedDocument, timings?: Map<string, number>): AnnotatedDocument {
  const sections: AnnotatedSection[] = sectionsOf(doc).map((section) => ({
    section,
    sentences: [],
    timexes: [],
    places: [],
    entities: [],
  }));
  for (const annotator of ANNOTATORS) {
    const t0 = timings ? performance.now() : 0;
    const found = annotator.run(sections, doc);
    if (timings) timings.set(`annotate:${annotator.name}`, (timings.get(`annotate:${annotator.name}`) ?? 0) + performance.now() - t0);
    sections.forEach((s, i) => {
      (s[annotator.field] as unknown) = found[i] ?? [];
    });
  }
  return { ...doc, sections };
}
