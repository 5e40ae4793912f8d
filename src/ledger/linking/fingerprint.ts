// Near-duplicate detection for republished texts: a wire story carried by three sites is one source.
// Word 5-gram shingles, hashed, and a MinHash signature compared by estimated Jaccard similarity.

const SIGNATURE_SIZE = 64;

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/**
 * The 64 hash functions are FNV-1a, 32-bit (fast and stable across runs and machines), each started from
 * its own seeded offset: offset ^ (k * 0x9e3779b1), the k-th seed, as stored signatures were made.
 */
const SEEDED_OFFSETS = Uint32Array.from({ length: 64 }, (_, k) => (FNV_OFFSET ^ (k * 0x9e3779b1)) >>> 0);

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

/**
 * A MinHash signature of the text's shingles; empty text gives an all-max signature. The 64 hashes of a
 * shingle advance together, one character at a time (the same values as hashing the shingle 64 times,
 * in a third of the time: this runs on every saved document).
 */
export function minhash(text: string): Uint32Array {
  const sig = new Uint32Array(SIGNATURE_SIZE).fill(0xffffffff);
  const h = new Uint32Array(SIGNATURE_SIZE);
  for (const sh of shingles(text)) {
    h.set(SEEDED_OFFSETS);
    for (let i = 0; i < sh.length; i++) {
      const c = sh.charCodeAt(i);
      for (let k = 0; k < SIGNATURE_SIZE; k++) h[k] = Math.imul(h[k]! ^ c, FNV_PRIME);
    }
    for (let k = 0; k < SIGNATURE_SIZE; k++) if (h[k]! < sig[k]!) sig[k] = h[k]!;
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
