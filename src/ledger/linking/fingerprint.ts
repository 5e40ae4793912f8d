// Near-duplicate detection for republished texts: a wire story carried by three sites is one source.
// Word 5-gram shingles, hashed, and a MinHash signature compared by estimated Jaccard similarity.

const SIGNATURE_SIZE = 64;

/** FNV-1a, 32-bit: fast and stable across runs and machines. */
function fnv1a(s: string, seed: number): number {
  let h = (0x811c9dc5 ^ seed) >>> 0;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

function words(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

export function shingles(text: string, n = 5): Set<string> {
  const w = words(text);
  const out = new Set<string>();
  if (w.length < n) {
    if (w.length) out.add(w.join(' '));
    return out;
  }
  for (let i = 0; i + n <= w.length; i++) out.add(w.slice(i, i + n).join(' '));
  return out;
}

/** A MinHash signature of the text's shingles; empty text gives an all-max signature. */
export function minhash(text: string): Uint32Array {
  const sig = new Uint32Array(SIGNATURE_SIZE).fill(0xffffffff);
  for (const sh of shingles(text)) {
    for (let k = 0; k < SIGNATURE_SIZE; k++) {
      const h = fnv1a(sh, k * 0x9e3779b1);
      if (h < sig[k]!) sig[k] = h;
    }
  }
  return sig;
}

/** Estimated Jaccard similarity of the two shingle sets. */
export function similarity(a: Uint32Array, b: Uint32Array): number {
  let same = 0;
  for (let k = 0; k < SIGNATURE_SIZE; k++) if (a[k] === b[k] && a[k] !== 0xffffffff) same++;
  return same / SIGNATURE_SIZE;
}

/** Above this estimated similarity two texts are copies of one report (edited headlines, trimmed ends). */
export const NEAR_DUPLICATE = 0.6;

/** A signature as stored in the ledger: 8 hex digits per value. */
export function signatureToHex(sig: Uint32Array): string {
  let out = '';
  for (const v of sig) out += v.toString(16).padStart(8, '0');
  return out;
}

/** The stored form back; null when the text is not a signature of this size. */
export function signatureFromHex(hex: string): Uint32Array | null {
  if (hex.length !== SIGNATURE_SIZE * 8 || !/^[0-9a-f]+$/.test(hex)) return null;
  const sig = new Uint32Array(SIGNATURE_SIZE);
  for (let k = 0; k < SIGNATURE_SIZE; k++) sig[k] = parseInt(hex.slice(k * 8, k * 8 + 8), 16);
  return sig;
}
