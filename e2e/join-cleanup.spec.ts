import { spawn, type ChildProcess } from 'node:child_process';
import {
  chmod,
  copyFile,
  lstat,
  mkdir,
  mkdtemp,
  readdir,
  rm,
  symlink,
  writeFile,
} from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { test as base, expect } from '@playwright/test';
import { startHttpServer } from '../test/fixtures/http-server';
import { writeFakeProgram } from '../test/fixtures/os/fake-program';
import { buildCoreOptions } from '../src/main/cli/core-options';
import { builtInCatalog } from '../src/main/core/catalog/load-catalog';
import { createDispatch } from '../src/main/core/dispatch';
import { recordChange } from '../src/main/core/journal/journal';
import { ensureRenderer } from '../src/main/web/ensure-renderer';
import { packageRoot } from '../src/main/web/package-root';
import { startWebServer } from '../src/main/web/web-server';
import type { Lang } from '../src/shared/lang';
import { expectAccessible, snap } from './support/session-prep';

interface JoinLab {
  url: string;
  home: string;
  /** Written by the undo of the journal entry the lab starts with. */
  undoneMarker: string;
  /** What core asked the OS to open: only validated URLs may ever land here. */
  opened: string[];
  agent: ChildProcess;
}

// ZohoTray.exe: a name the unit tests do not start, should both run at once.
// Browser mode on a sandbox home holding the agent's folder and a running copy of its program, with an
// `openExternal` that records instead of launching a browser (there is none to launch here).
const test = base.extend<{ lang: Lang; lab: JoinLab }>({
  lang: ['ja', { option: true }],
  // Browser mode follows the browser's languages (issue 15): the browser speaks the server's language.
  locale: async ({ lang }, use) => use(lang === 'ja' ? 'ja-JP' : 'en-US'),
  lab: async ({ lang }, use) => {
    const dir = await mkdtemp(join(tmpdir(), 'sp-e2e-join-'));
    const home = join(dir, 'home');
    await mkdir(join(home, 'ZohoMeeting', 'log'), { recursive: true });
    await writeFile(join(home, 'ZohoMeeting', 'log', 'agent.log'), 'session ended\n');
    await copyFile('/bin/sleep', join(home, 'ZohoMeeting', 'ZohoTray.exe'));
    await chmod(join(home, 'ZohoMeeting', 'ZohoTray.exe'), 0o755);
    const agent = spawn(join(home, 'ZohoMeeting', 'ZohoTray.exe'), ['300'], { stdio: 'ignore' });
    const web = await startHttpServer({ status: 404 });
    const catalog = builtInCatalog();
    const catalogFile = join(dir, 'catalog.json');
    await writeFile(
      catalogFile,
      JSON.stringify({
        ...catalog,
        endpoints: [
          { host: '127.0.0.1', ports: [{ port: web.port, protocol: 'http' }], purpose: 'web' },
        ],
        agent: {
          ...catalog.agent,
          executables: ['ZohoTray.exe'],
          // A link in the agent's place: refused at cleanup (the catalog policy refuses "/" itself).
          directories: { linux: ['~/ZohoMeeting', '~/ZohoLink'] },
          services: { linux: [] },
          packages: { linux: [] },
        },
      }),
    );
    await symlink('/', join(home, 'ZohoLink'));
    // A stand-in ufw records the undo it is run for (the real one would change this machine's firewall).
    await mkdir(join(dir, 'bin'));
    const undoneMarker = join(dir, 'undone');
    await writeFakeProgram(join(dir, 'bin'), 'ufw', undoneMarker);
    const env = {
      PATH: `${join(dir, 'bin')}:${process.env.PATH ?? ''}`,
      HOME: home,
      XDG_STATE_HOME: join(dir, 'state'),
      XDG_DATA_HOME: join(home, '.local', 'share'),
    };
    const core = await buildCoreOptions({ lang, catalog: catalogFile }, 'web', env);
    if (!core.ok) throw new Error(core.problem.message);
    // A change of ours, as the journal records it: data, from which undo rebuilds `ufw delete …`.
    await recordChange(core.value.dataDir, {
      id: 'ime:previous-version',
      title:
        lang === 'ja'
          ? '以前のバージョンの Microsoft IME を使う（チャット用）'
          : 'Use previous version of Microsoft IME (for the chat)',
      appliedAt: new Date().toISOString(),
      platform: 'linux',
      state: 'applied',
      area: 'ime',
      undo: { kind: 'linux-ufw', ports: [443] },
    });
    const built = await ensureRenderer(packageRoot());
    if (!built.ok) throw new Error(built.problem.message);
    const opened: string[] = [];
    const dispatch = createDispatch({
      ...core.value,
      mode: 'web',
      openExternal: async (url) => void opened.push(url),
    });
    const server = await startWebServer({ dispatch, rendererDir: built.value.outDir });
    await use({ url: server.url, home, undoneMarker, opened, agent });
    agent.kill('SIGKILL');
    await server.close();
    await web.close();
    await rm(dir, { recursive: true, force: true });
  },
});

async function goToStep(page: Page, step: string): Promise<void> {
  for (let i = 0; i < 8; i++) {
    if ((await page.getByTestId('wizard-step').getAttribute('data-step')) === step) return;
    await page.getByTestId('wizard-next').focus();
    await page.keyboard.press('Enter');
  }
  await expect(page.getByTestId('wizard-step')).toHaveAttribute('data-step', step);
}

test.describe.configure({ mode: 'serial' });

for (const lang of ['ja', 'en'] as const) {
  test.describe(`join and cleanup (${lang})`, () => {
    test.use({ lang });

    test('a hostile link is refused and never opened; a full-width key is accepted, checked and opened after the privacy confirmation', async ({
      page,
      lab,
    }) => {
      const t =
        lang === 'ja'
          ? {
              lookalike: 'Zoho Assist に見せかけたもの',
              valid: 'Zoho Assist のセッションです',
              ready: '準備完了',
              opened: 'ブラウザーでセッションのページを開いています',
            }
          : {
              lookalike: 'only looks like Zoho Assist',
              valid: 'This is a Zoho Assist session',
              ready: 'is ready',
              opened: 'opening in your browser',
            };
      await page.goto(lab.url);
      await goToStep(page, 'join');

      const input = page.getByTestId('join-input');
      await input.focus();
      await page.keyboard.type('https://assist.zоho.com/join?key=123456789');
      await page.keyboard.press('Enter');
      await expect(page.getByTestId('join-result')).toHaveAttribute('data-valid', 'false');
      await expect(page.getByTestId('join-result')).toContainText(t.lookalike);
      await expect(page.getByTestId('join-open')).toHaveAttribute('aria-disabled', 'true');
      await snap(page, `join-refused-${lang}`);

      await input.fill('');
      await page.keyboard.type('１２３－４５６－７８９');
      await page.keyboard.press('Enter');
      await expect(page.getByTestId('join-result')).toHaveAttribute('data-valid', 'true');
      await expect(page.getByTestId('join-result')).toContainText(t.valid);
      await expect(page.getByTestId('join-result')).toContainText('123456789');

      await page.getByTestId('join-checks').focus();
      await page.keyboard.press('Enter');
      await expect(page.getByTestId('join-checks-status')).toHaveAttribute('data-ready', 'true');
      await expect(page.getByTestId('join-checks-status')).toContainText(t.ready);

      // Opening waits for the customer's own confirmation.
      await page.getByTestId('join-open').focus();
      await page.keyboard.press('Enter');
      expect(lab.opened).toEqual([]);
      await page.getByTestId('join-confirm').focus();
      await page.keyboard.press('Space');
      await expect(page.getByTestId('join-open')).toHaveAttribute('aria-disabled', 'false');
      await expectAccessible(page);
      await snap(page, `join-ready-${lang}`);
      await page.getByTestId('join-open').focus();
      await page.keyboard.press('Enter');
      await expect(page.getByTestId('join-open-status')).toContainText(t.opened);
      expect(lab.opened).toEqual(['https://join.zoho.com/assist-join?key=123456789']);
    });

    test('cleanup lists the agent, removes it with consent, and proves it is gone', async ({
      page,
      lab,
    }) => {
      const t =
        lang === 'ja'
          ? { allGone: 'すべてなくなりました', refused: '変更しません' }
          : { allGone: 'Everything selected is gone', refused: 'Not touched' };
      const exited = new Promise<void>((resolve) => lab.agent.once('exit', () => resolve()));
      await page.goto(lab.url);
      await goToStep(page, 'cleanup');
      await page.getByTestId('cleanup-scan').focus();
      await page.keyboard.press('Enter');
      const items = page.getByTestId('cleanup-item');
      await expect(items).toHaveCount(3);
      await expect(page.locator('[data-id="change:ime:previous-version"]')).toBeVisible();
      await expect(page.locator(`[data-id="process:${lab.agent.pid}"]`)).toBeVisible();
      await expect(
        page.locator(`[data-id="folder:${join(lab.home, 'ZohoMeeting')}"]`),
      ).toBeVisible();
      await expect(page.getByTestId('cleanup-refused')).toContainText(t.refused);
      await expect(page.getByTestId('cleanup-remove')).toHaveAttribute('aria-disabled', 'true');
      await expectAccessible(page);
      await snap(page, `cleanup-found-${lang}`);

      await page.getByTestId('cleanup-consent').focus();
      await page.keyboard.press('Space');
      await page.getByTestId('cleanup-remove').focus();
      await page.keyboard.press('Enter');
      await expect(page.getByTestId('cleanup-proof')).toHaveAttribute('data-remaining', '0');
      await expect(page.getByTestId('cleanup-proof')).toContainText(t.allGone);
      await exited;
      await expect(lstat(join(lab.home, 'ZohoMeeting'))).rejects.toThrow(/ENOENT/);
      expect(await readdir(join(lab.home, '.local', 'share', 'Trash', 'files'))).toEqual([
        'ZohoMeeting',
      ]);
      await expect(lstat(lab.undoneMarker)).resolves.toBeTruthy();
      await expectAccessible(page);
      await snap(page, `cleanup-proof-${lang}`);
    });
  });
}
