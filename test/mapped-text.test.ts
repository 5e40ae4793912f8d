import { describe, expect, it } from 'vitest';
import { MappedText } from '../src/text/mapped-text.js';

describe('MappedText', () => {
  const source = 'xx Khersondespite the rain';
  const t = MappedText.identity(source.slice(3), 3);

  it('maps identity slices back to source offsets', () => {
    const s = t.slice(0, 7);
    expect(s.text).toBe('Kherson');
    const span = s.toSource(0, 7);
    expect(source.slice(span.start, span.end)).toBe('Kherson');
  });

  it('keeps offsets through an inserted space', () => {
    const fixed = t.edit([{ start: 7, end: 7, replacement: ' ' }]);
    expect(fixed.text).toBe('Kherson despite the rain');
    const at = fixed.text.indexOf('despite');
    const span = fixed.toSource(at, at + 7);
    expect(source.slice(span.start, span.end)).toBe('despite');
    const whole = fixed.toSource(0, fixed.length);
    expect(source.slice(whole.start, whole.end)).toBe('Khersondespite the rain');
  });

  it('joins paragraphs and maps each back', () => {
    const a = MappedText.identity('one', 0);
    const b = MappedText.identity('two', 10);
    const j = MappedText.join([a, b], '\n\n');
    expect(j.text).toBe('one\n\ntwo');
    expect(j.toSource(5, 8)).toEqual({ start: 10, end: 13 });
  });

  it('rejects overlapping edits', () => {
    expect(() => t.edit([{ start: 0, end: 3, replacement: '' }, { start: 2, end: 4, replacement: '' }])).toThrow(RangeError);
  });
});
