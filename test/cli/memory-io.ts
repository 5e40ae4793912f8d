// In-memory stdin/stdout/stderr for driving main(argv, io) in tests.
import { PassThrough, Readable } from 'node:stream';
import type { CommandIO } from '../../src/edges/cli/command.js';

export interface MemoryIO {
  io: CommandIO;
  out: () => string;
  err: () => string;
}

export function memoryIO(stdin = ''): MemoryIO {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  const chunks = { out: [] as Buffer[], err: [] as Buffer[] };
  stdout.on('data', (c: Buffer) => chunks.out.push(c));
  stderr.on('data', (c: Buffer) => chunks.err.push(c));
  return {
    io: { stdin: Readable.from([Buffer.from(stdin)]), stdout, stderr, isTTY: false },
    out: () => Buffer.concat(chunks.out).toString('utf8'),
    err: () => Buffer.concat(chunks.err).toString('utf8'),
  };
}
