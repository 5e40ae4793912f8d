// Reads one file out of a ZIP archive (stored or deflated), enough for GeoNames' per-country dumps.
// Node has inflate but no ZIP directory reader; the format's directory is a few fixed-size records
// (PKWARE APPNOTE 4.3.12, 4.3.16), read here without a dependency.
import { readFileSync } from 'node:fs';
import { inflateRawSync } from 'node:zlib';
import { ERROR_CODES, SitrepError } from '../../errors.js';

const END_OF_DIRECTORY = 0x06054b50;
const DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;

function corrupt(path: string, why: string): SitrepError {
  return new SitrepError(ERROR_CODES.UNREADABLE, `${path} is not a readable ZIP archive: ${why}`, { path });
}

/** The bytes of the entry called `name` (its path inside the archive), or an UNREADABLE error. */
export function readZipEntry(path: string, name: string): Buffer {
  let zip: Buffer;
  try {
    zip = readFileSync(path);
  } catch (err) {
    throw new SitrepError(ERROR_CODES.UNREADABLE, `cannot read ${path}`, { path }, { cause: err });
  }
  // The end-of-directory record sits in the last 22 bytes plus a comment of at most 64 KiB.
  let end = -1;
  for (let i = zip.length - 22; i >= Math.max(0, zip.length - 22 - 0xffff); i--) {
    if (zip.readUInt32LE(i) === END_OF_DIRECTORY) {
      end = i;
      break;
    }
  }
  if (end < 0) throw corrupt(path, 'no end-of-directory record');
  const count = zip.readUInt16LE(end + 10);
  let at = zip.readUInt32LE(end + 16);
  for (let n = 0; n < count; n++) {
    if (zip.readUInt32LE(at) !== DIRECTORY_ENTRY) throw corrupt(path, 'bad directory entry');
    const method = zip.readUInt16LE(at + 10);
    const compressed = zip.readUInt32LE(at + 20);
    const nameLength = zip.readUInt16LE(at + 28);
    const extraLength = zip.readUInt16LE(at + 30);
    const commentLength = zip.readUInt16LE(at + 32);
    const local = zip.readUInt32LE(at + 42);
    const entryName = zip.toString('utf8', at + 46, at + 46 + nameLength);
    at += 46 + nameLength + extraLength + commentLength;
    if (entryName !== name) continue;
    if (zip.readUInt32LE(local) !== LOCAL_HEADER) throw corrupt(path, `bad local header for ${name}`);
    const dataAt = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
    const data = zip.subarray(dataAt, dataAt + compressed);
    if (method === 0) return Buffer.from(data);
    if (method === 8) return inflateRawSync(data);
    throw corrupt(path, `${name} uses compression method ${method}`);
  }
  throw new SitrepError(ERROR_CODES.UNREADABLE, `${path} holds no ${name}`, { path, entry: name });
}
