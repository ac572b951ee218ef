#!/usr/bin/env node
// The installed command: runs the bundled CLI that `npm run build` writes to dist/.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const entry = fileURLToPath(new URL('../dist/cli/session-prep.js', import.meta.url));
if (!existsSync(entry)) {
  console.error('session-prep is not built yet: run `npm run build` first (or `npm run --silent cli -- COMMAND` in a checkout).');
  process.exit(2);
}
await import(entry);
