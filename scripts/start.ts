// `npm start`: the Electron app where an Electron binary can run; otherwise browser mode, said in one line.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { translator } from '../src/shared/i18n';
import { main } from '../src/main/cli/index';
import { osLang } from '../src/main/cli/os-locale';
import { hasDisplay } from '../src/main/web/open-browser';
import { buildAll } from './build';
import { findElectronBinary } from './electron-binary';

const root = join(import.meta.dirname, '..');
const lang = osLang(process.env);
const electron = findElectronBinary(root);

if (electron.found && hasDisplay(process.platform, process.env)) {
  await buildAll(['renderer', 'shell']);
  const child = spawn(electron.path, [join(root, 'dist', 'shell', 'main.mjs')], {
    stdio: 'inherit',
  });
  child.on('exit', (code) => (process.exitCode = code ?? 1));
} else {
  process.stderr.write(`${translator(lang)('cli:electronMissing')}\n`);
  const controller = new AbortController();
  process.once('SIGINT', () => controller.abort());
  process.once('SIGTERM', () => controller.abort());
  // Browser mode is the `web` command; it builds the wizard first when it is missing or stale.
  process.exitCode = await main(['web', ...process.argv.slice(2)], {
    stdout: process.stdout,
    stderr: process.stderr,
    stdin: process.stdin,
    isTTY: Boolean(process.stdout.isTTY),
    env: process.env,
    defaultLang: lang,
    signal: controller.signal,
  });
}
