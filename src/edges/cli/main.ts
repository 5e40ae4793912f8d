// The CLI edge: parse arguments, call the command's run(), map errors to exit codes in one place.
import { parseArgs } from 'node:util';
import { SitrepError, ERROR_CODES } from '../../errors.js';
import { COMMANDS } from './commands/index.js';
import { EXIT, exitCodeFor } from './exit-codes.js';
import type { CommandIO } from './command.js';

function help(): string {
  const width = Math.max(...COMMANDS.map((c) => c.name.length));
  return [
    'sitrep: war-news pages in, a verified, geolocated, dated, sourced event ledger out.',
    '',
    'Usage: sitrep <command> [options]   (sitrep <command> --help for its options)',
    '',
    ...COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
  ].join('\n');
}

export async function main(argv: string[], io: CommandIO = defaultIO()): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    io.stdout.write(help() + '\n');
    return name ? EXIT.OK : EXIT.USAGE;
  }
  if (name === '--version' || name === '-v') {
    io.stdout.write(`${process.env.npm_package_version ?? (await version())}\n`);
    return EXIT.OK;
  }
  const command = COMMANDS.find((c) => c.name === name);
  try {
    if (!command) throw new SitrepError(ERROR_CODES.USAGE, `unknown command "${name}"\n\n${help()}`);
    if (rest.includes('--help') || rest.includes('-h')) {
      io.stdout.write(`${command.usage}\n\n${command.summary}\n`);
      return EXIT.OK;
    }
    let parsed;
    try {
      parsed = parseArgs({ args: rest, options: command.options, allowPositionals: true, strict: true });
    } catch (err) {
      throw new SitrepError(ERROR_CODES.USAGE, `${(err as Error).message}\nusage: ${command.usage}`);
    }
    return await command.run(parsed as { values: Record<string, unknown>; positionals: string[] }, io);
  } catch (err) {
    const e = err instanceof SitrepError ? err : null;
    io.stderr.write(`sitrep: ${e ? e.message : (err as Error)?.stack ?? String(err)}\n`);
    return e ? exitCodeFor(e.code) : EXIT.FAILURE;
  }
}

async function version(): Promise<string> {
  const { readFile } = await import('node:fs/promises');
  const pkg = JSON.parse(await readFile(new URL('../../../../package.json', import.meta.url), 'utf8')) as { version: string };
  return pkg.version;
}

/** A reader that closes the pipe early (`sitrep events --json | head -1`) has all it wants: end quietly. */
export function endQuietlyOnClosedPipe(stream: NodeJS.WritableStream, exit: (code: number) => void = (code) => process.exit(code)): void {
  stream.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE' || err.code === 'ERR_STREAM_DESTROYED') exit(EXIT.OK);
    else throw err;
  });
}

function defaultIO(): CommandIO {
  endQuietlyOnClosedPipe(process.stdout);
  return { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr, isTTY: Boolean(process.stdout.isTTY) };
}
