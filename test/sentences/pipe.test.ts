// splitSentences loads wink with only the annotations it reads (sentence boundaries, POS tags). Its
// tokens, tags and sentence spans must be those of wink's full default pipe.
import { describe, expect, it } from 'vitest';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { splitSentences } from '../../src/annotate/sentences/index.js';

const full = winkNLP(model);

describe('splitSentences', () => {
  it.each([
    'Russian forces shelled Kharkiv on Monday. Two people were killed, the governor said.',
    "The U.S. didn't confirm it. \"We will not leave,\" Zelensky said on Feb. 25, 2022.",
    'Not a single drone reached Kyiv overnight; air defence downed 14 of them, officials said!',
    'Київ 24 лютого. No injuries were reported.',
  ])('gives wink’s full-pipe tokens, tags and sentences for %j', (text) => {
    const doc = full.readDoc(text);
    const values = doc.tokens().out(full.its.value) as string[];
    const pos = doc.tokens().out(full.its.pos) as string[];
    const spans = doc.sentences().out(full.its.span) as unknown as Array<[number, number]>;
    const sentences = splitSentences(text);
    expect(sentences.length).toBe(spans.length);
    sentences.forEach((s, i) => {
      const [a, b] = spans[i]!;
      expect(s.tokens.map((t) => t.text)).toEqual(values.slice(a, b + 1));
      expect(s.tokens.map((t) => t.pos)).toEqual(pos.slice(a, b + 1));
      for (const t of s.tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
      expect(s.start).toBe(s.tokens[0]!.start);
      expect(s.end).toBe(s.tokens[s.tokens.length - 1]!.end);
    });
  });

  it('gives no sentences for blank text', () => {
    expect(splitSentences(' \n\t ')).toEqual([]);
  });
});
