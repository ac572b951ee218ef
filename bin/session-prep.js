#!/usr/bin/env node
// The installed command: runs the bundled CLI that `npm run build` writes to dist/.
import { existsSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';

const entry = fileURLToPath(new URL('../dist/cli/session-prep.js', import.meta.url));
if (!existsSync(entry)) {
  console.error(
    'session-prep is not built yet: run `npm run build` first (or `npm run --silent cli -- COMMAND` in a checkout).',
  );
  process.exit(2);
}
// A file URL, not a path: a Windows path is not a valid module specifier.
const { runFromProcess } = await import(pathToFileURL(entry).href);
await runFromProcess();
