import type { Page } from '@playwright/test';
import { expect, expectAccessible, snap, test, type SessionPrep } from './support/session-prep';
import { expectLanguage, settle, walkWizard } from './support/wizard';

// Issue 15: "a second run after a fixed fault says it is fixed". The refused port starts answering
// between the two runs (the lab relays it to the vendor's server), as when IT opens it.
const words = {
  en: {
    line: /^Since the last check \(\d\d:\d\d\): 1 fixed, 0 still failing, 0 new\.$/,
    fixed: 'Fixed: 127.0.0.1.',
    finish: /^Since the last check \(\d\d:\d\d\): 1 fixed, \d+ still failing, 0 new\.$/,
  },
  ja: {
    line: /^前回の確認（\d\d:\d\d）と比べて、解決 1 件、未解決 0 件、新しい問題 0 件です。$/,
    fixed: '解決した項目: 127.0.0.1',
    finish: /^前回の確認（\d\d:\d\d）と比べて、解決 1 件、未解決 \d+ 件、新しい問題 0 件です。$/,
  },
} as const;

async function fixAndRecheck(page: Page, sessionPrep: SessionPrep, lang: 'en' | 'ja') {
  const summary = page.getByTestId('network-summary');
  await expect(summary).toHaveAttribute('data-ready', 'false');
  // The first run has nothing earlier to compare with.
  await expect(page.getByTestId('since-last-check')).toHaveCount(0);
  await sessionPrep.lab.restore?.();
  await page.getByTestId('checks-recheck').click();
  await settle(page);
  await expect(summary).toHaveAttribute('data-ready', 'true');
  const since = summary.getByTestId('since-last-check');
  await expect(since.locator('.since-last__line')).toHaveText(words[lang].line);
  await expect(since.getByTestId('since-last-fixed')).toHaveText(words[lang].fixed);
  await expectAccessible(page);
  await snap(page, `since-last-${lang}-network-second-run`);
}

for (const lang of ['en', 'ja'] as const) {
  test.describe(`a refused port is opened between two runs (${lang})`, () => {
    test.use({ scenario: 'refused', lang });

    test(`${lang}: the second run says the port's host is fixed, on the Network step and at Finish`, async ({
      page,
      sessionPrep,
    }) => {
      await page.goto(sessionPrep.url);
      await expectLanguage(page, lang);
      await walkWizard(page, {
        run: `since-last-${lang}`,
        axeSteps: ['network', 'finish'],
        onStep: async (step) => {
          if (step === 'network') await fixAndRecheck(page, sessionPrep, lang);
          if (step === 'finish') {
            const since = page.getByTestId('since-last-check');
            // Over both runs: the system checks' warnings (this machine has no display) still fail.
            await expect(since.locator('.since-last__line')).toHaveText(words[lang].finish);
            await expect(since.getByTestId('since-last-fixed')).toHaveText(words[lang].fixed);
          }
        },
      });
      await expect(page.getByTestId('finish-summary')).toHaveAttribute('data-ready', 'true');
    });
  });
}
