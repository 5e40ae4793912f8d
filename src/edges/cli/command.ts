// A CLI command: its name, its options for node:util parseArgs, and run(), which does the work.
import type { ParseArgsConfig } from 'node:util';

export interface CommandIO {
  stdin: NodeJS.ReadableStream;
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
  /** Whether stdout is a terminal (tables, progress) or a pipe (machine output). */
  isTTY: boolean;
}

export interface Command {
  name: string;
  summary: string;
  usage: string;
  options: NonNullable<ParseArgsConfig['options']>;
  /** Returns the exit code; throws SitrepError for failures that main() maps. */
  run(args: { values: Record<string, unknown>; positionals: string[] }, io: CommandIO): Promise<number>;
}
