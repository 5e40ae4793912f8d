// Near-duplicate detection for republished texts: a wire story carried by three sites is one source.
// Word 5-gram shingles, hashed, and a MinHash signature compared by estimated Jaccard similarity.

const SIGNATURE_SIZE = 64;
/** Words per shingle. */
const SHINGLE_WORDS = 5;

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

export function shingles(text: string, n = SHINGLE_WORDS): Set<string> {
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
 * A MinHash signature of the text's shingles; empty text gives an all-max signature. This runs on every
 * saved document, so it avoids what the definition would spend: a shingle is a run of the words joined by
 * single spaces, i.e. a slice of all the words so joined, hashed where it lies (no shingle strings); a
 * shingle met twice is hashed twice (a minimum taken again is unchanged, so no set is needed); and the 64
 * FNV-1a hashes run four at a time in locals, whose independent multiplications the CPU overlaps. The
 * values are those of hashing each shingle of shingles() with each seeded offset, one character at a time.
 */
export function minhash(text: string): Uint32Array {
  const sig = new Uint32Array(SIGNATURE_SIZE).fill(0xffffffff);
  const w = words(text);
  if (w.length === 0) return sig;
  const joined = w.join(' ');
  const codes = new Uint16Array(joined.length);
  for (let i = 0; i < joined.length; i++) codes[i] = joined.charCodeAt(i);
  // starts[i]: where word i begins in `joined`; starts[w.length]: one past the end, as if a space followed.
  const starts = new Int32Array(w.length + 1);
  for (let i = 0, at = 0; i < w.length; i++) {
    starts[i] = at;
    at += w[i]!.length + 1;
  }
  starts[w.length] = joined.length + 1;
  // Fewer words than a shingle: the one shingle is all of them.
  const span = Math.min(SHINGLE_WORDS, w.length);
  for (let s = 0; s + span <= w.length; s++) {
    const from = starts[s]!;
    const to = starts[s + span]! - 1;
    for (let k = 0; k < SIGNATURE_SIZE; k += 4) {
      let h0 = SEEDED_OFFSETS[k]!;
      let h1 = SEEDED_OFFSETS[k + 1]!;
      let h2 = SEEDED_OFFSETS[k + 2]!;
      let h3 = SEEDED_OFFSETS[k + 3]!;
      for (let i = from; i < to; i++) {
        const c = codes[i]!;
        h0 = Math.imul(h0 ^ c, FNV_PRIME);
        h1 = Math.imul(h1 ^ c, FNV_PRIME);
        h2 = Math.imul(h2 ^ c, FNV_PRIME);
        h3 = Math.imul(h3 ^ c, FNV_PRIME);
      }
      // Math.imul gives signed 32-bit values; the signature holds them unsigned.
      if (h0 >>> 0 < sig[k]!) sig[k] = h0;
      if (h1 >>> 0 < sig[k + 1]!) sig[k + 1] = h1;
      if (h2 >>> 0 < sig[k + 2]!) sig[k + 2] = h2;
      if (h3 >>> 0 < sig[k + 3]!) sig[k + 3] = h3;
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
