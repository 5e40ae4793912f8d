// Sentences and tokens with part-of-speech tags, from wink-nlp's English model.
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import type { Sentence, Token } from '../types.js';

let nlp: ReturnType<typeof winkNLP> | null = null;

/** The model is loaded once per process, on first use. */
function getNlp(): ReturnType<typeof winkNLP> {
  nlp ??= winkNLP(model);
  return nlp;
}

export function splitSentences(text: string): Sentence[] {
  if (!text.trim()) return [];
  const n = getNlp();
  const its = n.its;
  const doc = n.readDoc(text);
  const values = doc.tokens().out(its.value) as string[];
  const pos = doc.tokens().out(its.pos) as string[];
  // wink gives tokens but no character offsets: find each token in the text from a moving cursor.
  const tokens: Token[] = [];
  let cursor = 0;
  for (let i = 0; i < values.length; i++) {
    const value = values[i]!;
    const at = text.indexOf(value, cursor);
    const start = at >= 0 ? at : cursor;
    const end = at >= 0 ? at + value.length : cursor;
    tokens.push({ start, end, text: text.slice(start, end), pos: pos[i] ?? 'X' });
    cursor = end;
  }
  const spans = doc.sentences().out(its.span) as unknown as Array<[number, number]>;
  return spans
    .map(([a, b]) => {
      const toks = tokens.slice(a, b + 1);
      return { start: toks[0]?.start ?? 0, end: toks[toks.length - 1]?.end ?? 0, tokens: toks };
    })
    .filter((s) => s.end > s.start);
}
