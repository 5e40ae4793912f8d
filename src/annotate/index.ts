// The annotate stage: cuts the document into sections and runs the annotators over each, in order.
import { MappedText } from '../text/mapped-text.js';
import type { RepairedDocument } from '../repair/types.js';
import type { AnnotatedDocument, AnnotatedSection, Section } from './types.js';
import { splitSentences } from './sentences/index.js';
import { findTimexes } from './time/index.js';
import { findPlaces } from './places/index.js';
import { findEntities } from './entities/index.js';

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

export function annotate(doc: RepairedDocument): AnnotatedDocument {
  const sections: AnnotatedSection[] = sectionsOf(doc).map((section) => {
    const text = section.text.text;
    const sentences = splitSentences(text);
    return {
      section,
      sentences,
      timexes: findTimexes(text, sentences, section.reportTime),
      places: findPlaces(text, sentences),
      entities: findEntities(text, sentences),
    };
  });
  return { ...doc, sections };
}
