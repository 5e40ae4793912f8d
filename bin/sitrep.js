#!/usr/bin/env node
// The published entry point: the compiled CLI. `npm install` builds dist/ through the prepare script.
import { main } from '../dist/src/edges/cli/main.js';

process.exitCode = await main(process.argv.slice(2));
