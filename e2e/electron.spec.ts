import { _electron as electron, test, expect } from '@playwright/test';
import { join } from 'node:path';
import { buildAll } from '../scripts/build';
import { findElectronBinary } from '../scripts/electron-binary';
import { methodNames } from '../src/shared/api';
import { expectAccessible, snap } from './support/session-prep';

const root = join(import.meta.dirname, '..');
const binary = findElectronBinary(root);

test('the Electron app opens the sandboxed wizard with exactly the method table on window.sessionPrep', async () => {
  if (!binary.found) {
    // Said in the output, not only in the report: CI logs must show that this spec did not run.
    console.log(
      `[electron e2e] SKIPPED: ${binary.why}. Install an Electron binary (see README, "Release builds") to run it.`,
    );
  }
  test.skip(!binary.found, `no Electron binary: ${binary.found ? '' : binary.why}`);
  if (!binary.found) return;
  await buildAll(['renderer', 'shell']);
  const app = await electron.launch({
    executablePath: binary.path,
    args: [join(root, 'dist', 'shell', 'main.mjs'), '--no-sandbox'],
  });
  try {
    const page = await app.firstWindow();
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    // Served by the app scheme (src/main/core/shell-guards/app-protocol.ts), never from file://.
    expect(page.url()).toMatch(/^app:\/\/session-prep\/index\.html/);
    const surface = await page.evaluate(() =>
      Object.keys(Reflect.get(globalThis, 'sessionPrep') as object).sort(),
    );
    expect(surface).toEqual([...methodNames, 'on'].sort());
    expect(await page.evaluate(() => typeof Reflect.get(globalThis, 'require'))).toBe('undefined');
    const info = await page.evaluate(() =>
      (Reflect.get(globalThis, 'sessionPrep') as { 'app.info'(p: object): Promise<unknown> })[
        'app.info'
      ]({}),
    );
    expect(info).toMatchObject({ ok: true, value: { mode: 'electron' } });
    const before = page.url();
    await page.evaluate(() =>
      Reflect.set(Reflect.get(globalThis, 'location') as object, 'href', 'https://example.com/'),
    );
    await page.waitForTimeout(500);
    expect(page.url()).toBe(before);
    await expectAccessible(page);
    await snap(page, 'electron-0-welcome');
  } finally {
    await app.close();
  }
});
