import { describe, expect, it } from 'vitest';
import { MAX_RUN, splitSentences } from '../../src/annotate/sentences/index.js';

describe('runs without white space', () => {
  it('yield no tokens and leave the offsets of the words around them intact', () => {
    const blob = 'x'.repeat(200_000);
    const text = `Shells hit the depot. ${blob} Two people were hurt.`;
    const tokens = splitSentences(text).flatMap((s) => s.tokens);
    for (const t of tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
    expect(tokens.some((t) => t.text.startsWith('xxx'))).toBe(false);
    expect(tokens.map((t) => t.text)).toContain('hurt');
    expect(tokens.map((t) => t.text)).toContain('depot');
  });

  it('keeps a long but plausible token such as a URL', () => {
    const url = `https://example.org/${'a'.repeat(MAX_RUN - 40)}`;
    const tokens = splitSentences(`See ${url} for the map.`).flatMap((s) => s.tokens);
    expect(tokens.some((t) => t.text.includes('example.org'))).toBe(true);
  });
});
