// The annotate stage for an East Slavic language: the sections cut as for English, then this folder's
// annotators in order, each seeing what the ones before it found (places use sentences; entities use places).
import type { RepairedDocument } from '../../repair/types.js';
import type { AnnotatedDocument, AnnotatedSection } from '../../annotate/types.js';
import { sectionsOf } from '../../annotate/index.js';
import type { SlavicLanguage } from './language.js';
import { slavicSentences } from './segment.js';
import { slavicTimexes } from './time.js';
import { slavicPlaces } from './places/index.js';
import { slavicEntities } from './entities.js';

type Field = 'sentences' | 'timexes' | 'places' | 'entities';

interface SlavicAnnotator<F extends Field> {
  name: string;
  field: F;
  /** Every section's findings: places weigh the areas of the whole document. */
  run(sections: readonly AnnotatedSection[], lang: SlavicLanguage): Array<AnnotatedSection[F]>;
}

const perSection =
  <F extends Field>(fn: (s: AnnotatedSection, lang: SlavicLanguage) => AnnotatedSection[F]) =>
  (sections: readonly AnnotatedSection[], lang: SlavicLanguage) =>
    sections.map((s) => fn(s, lang));

const ANNOTATORS: ReadonlyArray<SlavicAnnotator<Field>> = [
  { name: 'sentences', field: 'sentences', run: perSection((s, lang) => slavicSentences(s.section.text.text, lang)) },
  { name: 'time', field: 'timexes', run: perSection((s, lang) => slavicTimexes(s.section.text.text, s.section.reportTime, s.sentences, lang)) },
  { name: 'places', field: 'places', run: slavicPlaces },
  { name: 'entities', field: 'entities', run: perSection(slavicEntities) },
] satisfies ReadonlyArray<SlavicAnnotator<Field>>;

/** The pack's annotate(): `timings` gets "annotate:<name>" entries as the English stage's do. */
export function slavicAnnotate(lang: SlavicLanguage) {
  return (doc: RepairedDocument, timings?: Map<string, number>): AnnotatedDocument => {
    const sections: AnnotatedSection[] = sectionsOf(doc).map((section) => ({ section, sentences: [], timexes: [], places: [], entities: [] }));
    for (const annotator of ANNOTATORS) {
      const t0 = timings ? performance.now() : 0;
      const found = annotator.run(sections, lang);
      sections.forEach((s, i) => {
        (s[annotator.field] as unknown) = found[i] ?? [];
      });
      if (timings) timings.set(`annotate:${annotator.name}`, (timings.get(`annotate:${annotator.name}`) ?? 0) + performance.now() - t0);
    }
    return { ...doc, sections };
  };
}
