// The repair stage: mends what machine translation and scraping broke, keeping offsets. Every text of
// the document (title, body paragraphs, feed items, captions) goes through the repair rules in order;
// each rule's edits are MappedText edits, so the mended text still maps into the source.
import type { CleanedDocument, FeedItem } from '../clean/types.js';
import { MappedText } from '../text/mapped-text.js';
import { REPAIR_RULES, type RepairContext, type RepairRule } from './rules/index.js';
import type { RepairNote, RepairedDocument } from './types.js';
import { hasEnglishShare, vocabularyOf } from './vocabulary.js';
import { isEnglishWord } from './lexicon.js';

/** Below this share of English words a page is taken for another language and its words are left alone. */
const MIN_ENGLISH_SHARE = 0.8;

export { REPAIR_RULES } from './rules/index.js';

/** Runs the rules over one text, collecting notes with source offsets. */
export function repairText(
  text: MappedText,
  ctx: RepairContext,
  notes: RepairNote[],
  rules: readonly RepairRule[] = REPAIR_RULES,
): MappedText {
  let current = text;
  for (const rule of rules) {
    const edits = rule.find(current.text, ctx);
    if (edits.length === 0) continue;
    for (const e of edits) {
      const start = e.noteStart ?? e.start;
      const end = e.noteEnd ?? e.end;
      const span = current.toSource(start, end);
      notes.push({
        kind: rule.kind,
        from: current.text.slice(start, end),
        to: e.noteTo ?? e.replacement,
        start: span.start,
        end: span.end,
      });
    }
    current = current.edit(edits);
  }
  return current;
}

/**
 * A caption is kept as a string; on a text page it is mapped to where it first stands in the source.
 * Elsewhere (html, or not found) it is mended without notes, since no offset would be true.
 */
function repairString(value: string, doc: CleanedDocument, ctx: RepairContext, notes: RepairNote[]): string {
  const at = doc.kind === 'text' ? doc.source.indexOf(value) : -1;
  return repairText(MappedText.identity(value, Math.max(0, at)), ctx, at < 0 ? [] : notes).text;
}

/**
 * `language` is the language the document is read in (its language pack's): the English rules (glued words,
 * source-language residue) run only on English, and only when the page does not declare another language
 * and most of its words are English.
 */
export function repair(doc: CleanedDocument, language = 'en'): RepairedDocument {
  const vocabulary = vocabularyOf(doc.kind === 'text' ? doc.source : doc.paragraphs.map((p) => p.text).join('\n'));
  const declared = doc.language?.toLowerCase();
  const english = language === 'en' && (!declared || declared.startsWith('en')) && hasEnglishShare(vocabulary, isEnglishWord, MIN_ENGLISH_SHARE);
  const ctx: RepairContext = { vocabulary, english };
  const repairs: RepairNote[] = [];
  const titleText = doc.titleText ? repairText(doc.titleText, ctx, repairs) : null;
  const title = titleText ? titleText.text : doc.title === null ? null : repairString(doc.title, doc, ctx, []);
  const paragraphs = doc.paragraphs.map((p) => repairText(p, ctx, repairs));
  const items: FeedItem[] = doc.items.map((it) => ({ ...it, text: repairText(it.text, ctx, repairs) }));
  const captions = doc.captions.map((c) => repairString(c, doc, ctx, repairs));
  return { ...doc, title, titleText, paragraphs, items, captions, repairs };
}
