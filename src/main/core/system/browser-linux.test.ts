import { chmod, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runToCompletion } from '../../../../test/fixtures/processes';
import { builtInCatalog } from '../catalog/load-catalog';
import { translator } from '../../../shared/i18n';
import { checkBrowsers } from './browser-check';
import { browserVersionCommand, findOnPath, probeLinuxBrowsers } from './browser-linux';
import { firstVersionIn } from './version-compare';

const w = { t: translator('en'), catalog: builtInCatalog() };
let dir: string;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'sp-browsers-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function fakeBrowser(name: string, output: string): Promise<void> {
  const path = join(dir, name);
  await writeFile(path, `#!/bin/sh\necho '${output}'\n`);
  await chmod(path, 0o755);
}

describe('browsers on this Linux machine', () => {
  it('finds Chromium and reports the version it prints itself', async () => {
    const path = await findOnPath('chromium', process.env.PATH ?? '');
    expect(path, 'chromium must be installed (apt-get install chromium; CI does)').toBeDefined();
    const own = firstVersionIn(runToCompletion(path ?? '', ['--version']));
    const found = await probeLinuxBrowsers(process.env);
    expect(found).toContainEqual({ id: 'chrome', name: 'Chromium', version: own, path });
    const results = checkBrowsers(found, w);
    expect(results.find((r) => r.id === 'browser:chrome')?.finding).toMatchObject({
      status: 'pass',
      verdict: 'ok',
      message: `Chromium ${own} is installed.`,
    });
  });

  it('asks each binary for --version as an argument array', () => {
    expect(browserVersionCommand('/usr/bin/firefox')).toEqual({
      file: '/usr/bin/firefox',
      args: ['--version'],
      timeoutMs: 4000,
    });
  });

  it('warns about an old Firefox ESR and passes a current one, from real processes on PATH', async () => {
    await fakeBrowser('firefox-esr', 'Mozilla Firefox 102.15.0esr');
    const old = await probeLinuxBrowsers({ PATH: dir });
    expect(old).toEqual([
      { id: 'firefox', name: 'Firefox ESR', version: '102.15.0', path: join(dir, 'firefox-esr') },
    ]);
    expect(checkBrowsers(old, w)).toEqual([
      {
        id: 'browser:firefox',
        finding: expect.objectContaining({
          status: 'warn',
          verdict: 'browser_outdated',
          message: 'Firefox ESR 102.15.0 is old: 115 or later is needed.',
        }),
      },
    ]);
    await fakeBrowser('firefox', 'Mozilla Firefox 128.3.1');
    const both = checkBrowsers(await probeLinuxBrowsers({ PATH: dir }), w);
    // The newest install is the one the customer can use.
    expect(both).toEqual([
      {
        id: 'browser:firefox',
        finding: expect.objectContaining({ status: 'pass', verdict: 'ok' }),
      },
    ]);
  });

  it('fails when no supported browser is installed', async () => {
    const none = await probeLinuxBrowsers({ PATH: dir });
    expect(none).toEqual([]);
    const [r] = checkBrowsers(none, { t: translator('ja'), catalog: builtInCatalog() });
    expect(r).toMatchObject({
      id: 'browser',
      finding: {
        status: 'fail',
        verdict: 'browser_missing',
        message: 'Zoho Assist に対応したブラウザーがインストールされていません。',
      },
    });
    expect(r?.finding.fix).toContain(
      'Google Chrome、Microsoft Edge、Mozilla Firefox、Safari、Opera',
    );
  });

  it('does not pass a browser whose version cannot be read', async () => {
    await fakeBrowser('opera', 'no version here');
    const found = await probeLinuxBrowsers({ PATH: dir });
    expect(checkBrowsers(found, w)[0]).toMatchObject({
      id: 'browser:opera',
      finding: { status: 'warn', verdict: 'not_determined' },
    });
  });
});
