import { createHash } from 'node:crypto';

/** The content hash that identifies a document in the ledger: sha256 of its bytes, hex. */
export function contentHash(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}
