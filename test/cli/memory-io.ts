// In-memory stdin/stdout/stderr for driving main(argv, io) in tests.
import { PassThrough, Readable } from 'node:stream';
import type { CommandIO } from '../../src/edges/cli/command.js';
import { main } from '../../src/edges/cli/main.js';

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

/** Runs the CLI on argv with `stdin`, returning its exit code and what it wrote. */
export async function runCli(argv: string[], stdin = ''): Promise<{ code: number; out: string; err: string }> {
  const m = memoryIO(stdin);
  const code = await main(argv, m.io);
  return { code, out: m.out(), err: m.err() };
}
