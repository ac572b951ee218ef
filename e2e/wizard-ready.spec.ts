import { readFile } from 'node:fs/promises';
import { expect, test } from './support/session-prep';
import { expectLanguage, isFocused, tabTo, walkWizard } from './support/wizard';

const allSteps = ['welcome', 'requirements', 'network', 'fixes', 'join', 'cleanup', 'finish'];

test.describe('everything passes', () => {
  test.use({ scenario: 'pass', lang: 'ja' });

  test('日本語, keyboard only: every step, the network reaches the vendor, the PC is ready', async ({
    page,
    sessionPrep,
  }) => {
    await page.goto(sessionPrep.url);
    await expectLanguage(page, 'ja');
    const steps = await walkWizard(page, {
      run: 'ready-ja-keyboard',
      keyboardOnly: true,
      onStep: async (step) => {
        await expectLanguage(page, 'ja');
        if (step === 'network') {
          await expect(page.getByText('Session Prep lab まで接続できています。')).toBeVisible();
          await expect(
            page.getByTestId('host-progress').locator('[data-host="127.0.0.1"]'),
          ).toHaveAttribute('data-state', 'pass');
        }
      },
    });
    expect(steps).toEqual(allSteps);
    await expect(page.getByTestId('finish-summary')).toHaveAttribute('data-ready', 'true');
  });

  test('English, chosen with the language switch: every step, and the report is saved', async ({
    page,
    sessionPrep,
  }) => {
    await page.goto(sessionPrep.url);
    await page.getByRole('button', { name: 'English' }).click();
    await expect(page.getByRole('button', { name: 'English' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    await expectLanguage(page, 'en');
    const steps = await walkWizard(page, {
      run: 'ready-en',
      onStep: async (step) => {
        await expectLanguage(page, 'en');
        if (step === 'network')
          await expect(
            page.getByText('The connection gets through to Session Prep lab.'),
          ).toBeVisible();
      },
    });
    expect(steps).toEqual(allSteps);
    await expect(page.getByTestId('finish-summary')).toHaveAttribute('data-ready', 'true');
    await page.getByRole('radio', { name: /JSON/ }).check();
    const save = page.getByTestId('report-save');
    await expect(save).toHaveAttribute('aria-disabled', 'false');
    const [download] = await Promise.all([page.waitForEvent('download'), save.click()]);
    const report = JSON.parse(await readFile((await download.path()) ?? '', 'utf8')) as {
      ready?: unknown;
    };
    expect(download.suggestedFilename()).toMatch(/\.json$/);
    expect(report.ready ?? JSON.stringify(report)).toBeTruthy();
  });
});

test.describe('keyboard reaches the language switch', () => {
  test.use({ scenario: 'pass', lang: 'en' });

  test('Tab + Space on 日本語 switches the wizard to Japanese', async ({ page, sessionPrep }) => {
    await page.goto(sessionPrep.url);
    await expectLanguage(page, 'en');
    const ja = page.getByRole('button', { name: '日本語' });
    for (let i = 0; i < 20 && !(await ja.evaluate(isFocused)); i++)
      await page.keyboard.press('Tab');
    await page.keyboard.press('Space');
    await expect(ja).toHaveAttribute('aria-pressed', 'true');
    await expectLanguage(page, 'ja');
    await tabTo(page, 'wizard-next');
  });
});
