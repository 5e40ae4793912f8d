// Evidence sentences for the event page: cut by the ledger (src/ledger/evidence.ts, which knows which text
// the contract's offsets index) and also located in the cleaned body, so a reader sees each sentence
// highlighted in the text sitrep kept rather than in the raw page.
import { evidenceTexts } from '../../ledger/evidence.js';
import type { StoredDocument } from '../../ledger/store.js';
import { obj, type JsonObject } from '../../contract/read.js';

export interface EvidenceView {
  start: number;
  end: number;
  item?: number;
  /** The sentence itself, or null when the offsets do not fit the stored text. */
  text: string | null;
  /** Where the sentence lies in the cleaned body (null when it is not there verbatim, e.g. in a feed item). */
  body: { start: number; end: number } | null;
}

/** Finds `needle` in `body`, first exactly, then letting whitespace runs differ (cleaning rewraps lines). */
export function locate(body: string, needle: string): { start: number; end: number } | null {
  if (!needle.trim()) return null;
  const at = body.indexOf(needle);
  if (at >= 0) return { start: at, end: at + needle.length };
  const words = needle.trim().split(/\s+/).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  if (words.length > 400) return null;
  const m = new RegExp(words.join('\\s+')).exec(body);
  return m ? { start: m.index, end: m.index + m[0].length } : null;
}

export function evidenceOf(doc: StoredDocument, event: JsonObject): EvidenceView[] {
  const spans = (Array.isArray(event.evidence) ? event.evidence : []).map(obj).filter((s): s is JsonObject => typeof s?.start === 'number' && typeof s?.end === 'number');
  // A stored document whose bytes no longer parse still shows its event, without sentences (evidenceTexts
  // gives null for those; any other failure is a bug and reaches the error mapping).
  const texts = evidenceTexts(doc, spans);
  const body = obj(doc.line?.document)?.body;
  return spans.map((span, i) => {
    const text = texts[i] ?? null;
    const item = typeof span.item === 'number' ? span.item : undefined;
    return {
      start: span.start as number,
      end: span.end as number,
      ...(item !== undefined ? { item } : {}),
      text,
      body: text !== null && typeof body === 'string' ? locate(body, text) : null,
    };
  });
}
