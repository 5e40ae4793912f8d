// Every CLI command, in the order `sitrep --help` lists them.
import type { Command } from '../command.js';
import { annotateCommand } from './annotate.js';
import { ingestCommand } from './ingest.js';
import { watchCommand } from './watch.js';
import { eventsCommand } from './events.js';
import { showCommand } from './show.js';
import { demoCommand } from './demo.js';
import { serveCommand } from './serve.js';
import { exportCommand } from './export.js';
import { workerCommand } from './worker.js';
import { migrateCommand } from './migrate.js';

export const COMMANDS: readonly Command[] = [annotateCommand, ingestCommand, watchCommand, eventsCommand, showCommand, demoCommand, serveCommand, exportCommand, workerCommand, migrateCommand];
