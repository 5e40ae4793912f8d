// Evidence text from a stored document: a document whose stored bytes no longer make a document gives no
// sentences (null), and any other failure is not hidden as missing sentences.
import { describe, expect, it } from 'vitest';
import { evidenceTexts } from '../../src/ledger/evidence.js';
import type { StoredDocument } from '../../src/ledger/store.js';
import { textDocument } from './fixtures.js';

const TEXT = 'Drones struck a depot near the river on Monday, officials said.';
const stored = (over: Partial<StoredDocument> = {}): StoredDocument => ({
  ...textDocument(TEXT),
  id: 1, ingestedAt: '2024-03-05T00:00:00Z', title: null, published: null, publishedSource: null, pipelineVersion: 't', status: 'ok', line: null,
  ...over,
});

describe('evidenceTexts', () => {
  it('cuts the spans from the stored input text', () => {
    expect(evidenceTexts(stored(), [{ start: 0, end: 6 }, { start: 0, end: 10_000 }])).toEqual(['Drones', null]);
  });

  it('gives null for a document whose stored bytes are no document any more (here: empty)', () => {
    expect(evidenceTexts(stored({ raw: new TextEncoder().encode('   ') }), [{ start: 0, end: 2 }])).toEqual([null]);
  });

  it('lets a bug through rather than showing it as missing sentences', () => {
    expect(() => evidenceTexts(stored({ raw: undefined as unknown as Uint8Array }), [{ start: 0, end: 2 }])).toThrow(TypeError);
  });
});
