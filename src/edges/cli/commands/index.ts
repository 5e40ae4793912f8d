// Every CLI command, in the order `sitrep --help` lists them.
import type { Command } from '../command.js';
import { annotateCommand } from './annotate.js';

export const COMMANDS: readonly Command[] = [annotateCommand];
