import { describe, expect, it } from 'vitest';
import { minhash, shingles, signatureToHex } from '../../src/ledger/linking/fingerprint.js';

/** The signature by its definition: every shingle hashed with each of the 64 seeded FNV-1a offsets, minimum kept. */
function minhashByDefinition(text: string): Uint32Array {
  const sig = new Uint32Array(64).fill(0xffffffff);
  for (const sh of shingles(text)) {
    for (let k = 0; k < 64; k++) {
      let h = (0x811c9dc5 ^ (k * 0x9e3779b1)) >>> 0;
      for (let i = 0; i < sh.length; i++) h = Math.imul(h ^ sh.charCodeAt(i), 0x01000193) >>> 0;
      if (h < sig[k]!) sig[k] = h;
    }
  }
  return sig;
}

describe('minhash', () => {
  const texts = [
    '',
    'Kyiv',
    'one two three four',
    'one two three four five',
    'Russian forces shelled Kharkiv overnight, killing two civilians, the regional governor said on Telegram.',
    // Repeated shingles, letters outside ASCII and outside the BMP (surrogate pairs), digits, runs of punctuation.
    'Ünïcödé ÅÄÖ 123 — x. '.repeat(12) + '日本語 テキスト 😀 𝔘nicode Zaporizhzhia... "Bakhmut"',
  ];

  it('gives the signature of its definition', () => {
    for (const text of texts) expect(signatureToHex(minhash(text)), text).toBe(signatureToHex(minhashByDefinition(text)));
  });

  it('keeps the signatures stored in existing ledgers', () => {
    expect(signatureToHex(minhash(texts[4]!)).slice(0, 64)).toBe('3a986db30a696ff81b2de4872ddd7d756df843b7078e55220c69bad214d64225');
    expect(signatureToHex(minhash('Kyiv  Ünïcödé 42')).slice(0, 32)).toBe('fb8503b7e326269c3896c16162f43f96');
    expect(signatureToHex(minhash(''))).toBe('ffffffff'.repeat(64));
  });
});
