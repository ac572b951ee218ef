import { test as base, expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { buildCoreOptions } from '../../src/main/cli/core-options';
import { startBrowserMode, type RunningBrowserMode } from '../../src/main/web/browser-mode';
import { rendererPaths } from '../../src/main/web/ensure-renderer';
import { packageRoot } from '../../src/main/web/package-root';
import type { Lang } from '../../src/shared/lang';
import { startLab, type Lab, type Scenario } from './lab';
import { writeFakeProgram } from '../../test/fixtures/os/fake-program';

export interface SessionPrep {
  /** The printed URL, with its one-time launch code in the fragment. */
  url: string;
  server: RunningBrowserMode;
  lab: Lab;
}

/** Browser mode started through its JS API (not a spawned npx), against a lab of local servers. */
export const test = base.extend<{ scenario: Scenario; lang: Lang; sessionPrep: SessionPrep }>({
  scenario: ['pass', { option: true }],
  lang: ['ja', { option: true }],
  // Browser mode follows the browser's languages (issue 15): the browser speaks the server's language
  // unless a spec says otherwise with test.use({ locale }).
  locale: async ({ lang }, use) => use(lang === 'ja' ? 'ja-JP' : 'en-US'),
  sessionPrep: async ({ scenario, lang }, use) => {
    const lab = await startLab(scenario);
    // Only what the lab needs: no proxy variables from the machine, a data folder of its own.
    // ufw cannot change this machine's firewall in a test: a stand-in, first in PATH, logs what it is asked.
    await mkdir(join(lab.dir, 'bin'), { recursive: true });
    await writeFakeProgram(join(lab.dir, 'bin'), 'ufw', join(lab.dir, 'ufw.log'));
    const env = {
      PATH: `${join(lab.dir, 'bin')}:${process.env.PATH ?? ''}`,
      HOME: lab.dir,
      XDG_STATE_HOME: join(lab.dir, 'state'),
      XDG_DATA_HOME: join(lab.dir, 'data'),
      // The lab vendor's CA stands in for the public roots (issue 12): its chains are genuine.
      SESSION_PREP_PUBLIC_ROOTS: lab.publicRootsFile,
    };
    const core = await buildCoreOptions(
      { lang, catalog: lab.catalogFile, ca: [lab.caFile] },
      'web',
      env,
    );
    if (!core.ok) throw new Error(core.problem.message);
    // The wizard global-setup built: no rebuild per test, even while its sources change.
    const started = await startBrowserMode({
      core: core.value,
      open: false,
      rendererDir: rendererPaths(packageRoot()).outDir,
    });
    if (!started.ok) throw new Error(started.problem.message);
    await use({ url: started.value.url, server: started.value, lab });
    await started.value.close();
    await lab.close();
  },
});

export { expect };

const ARTIFACTS = join(import.meta.dirname, '..', '..', 'artifacts', 'e2e');

/** Axe on the page as it is now: zero violations, each one named in the failure. */
export async function expectAccessible(page: Page): Promise<void> {
  // Only violations are reported in full: passes and incomplete results would triple axe's time per page.
  // A sandbox="" frame (the Finish preview) runs no script, so axe's timers there never fire and it would
  // hang: it is left out here and its document is checked on a page of its own (finish-preview.spec.ts).
  const results = await new AxeBuilder({ page })
    .exclude('iframe[sandbox=""]')
    .options({ resultTypes: ['violations'] })
    .analyze();
  const summary = results.violations.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
  expect(summary).toEqual([]);
}

/** A full-page screenshot under artifacts/e2e/, named by the spec and the step. */
export async function snap(page: Page, name: string): Promise<void> {
  await mkdir(ARTIFACTS, { recursive: true });
  await page.screenshot({ path: join(ARTIFACTS, `${name}.png`), fullPage: true });
}
