import type { Page } from '@playwright/test';
import { expect, expectAccessible, snap, test } from './support/session-prep';
import { currentStep, expectLanguage, settle } from './support/wizard';

const JAPANESE = /[\u3040-\u30ff\u4e00-\u9fff]/;

/** Counts the `checks.run` calls the page sends over the bridge (a re-run would add one). */
function countRuns(page: Page): { readonly runs: number } {
  const seen = { runs: 0 };
  page.on('websocket', (ws) =>
    ws.on('framesent', (frame) => {
      if (typeof frame.payload === 'string' && frame.payload.includes('"method":"checks.run"'))
        seen.runs++;
    }),
  );
  return seen;
}

async function toNetworkStep(page: Page): Promise<void> {
  await page.getByTestId('wizard-next').click();
  await settle(page);
  await page.getByTestId('wizard-next').click();
  await expect.poll(() => currentStep(page)).toBe('network');
  await settle(page);
}

// Issue 15: a ja-JP browser got English from a server started in English; results stayed in the old
// language after a switch; a reload went back to Welcome and lost the results.
test.describe('language and reload in browser mode', () => {
  test.use({ scenario: 'offline', lang: 'en', locale: 'ja-JP' });

  test('a ja-JP browser gets Japanese from an English server; a switch re-words the shown results without a run; a reload keeps them', async ({
    page,
    sessionPrep,
  }) => {
    const sent = countRuns(page);
    await page.goto(sessionPrep.url);
    await expectLanguage(page, 'ja');
    await toNetworkStep(page);
    expect(sent.runs).toBe(2);
    const card = page.getByTestId('cause-card').first();
    const action = page.getByTestId('network-action');
    await expect(card).toContainText(JAPANESE);
    await expect(action).toContainText(JAPANESE);
    const jaCard = await card.innerText();

    await page.getByRole('button', { name: 'English' }).click();
    await expectLanguage(page, 'en');
    // The card already on screen now reads in English: the same run, re-worded, no new run.
    await expect(card).not.toContainText(JAPANESE);
    await expect(action).not.toContainText(JAPANESE);
    expect(await card.innerText()).not.toBe(jaCard);
    await expect(page.getByTestId('checks-status')).not.toContainText(JAPANESE);
    expect(sent.runs).toBe(2);
    await expectAccessible(page);
    await snap(page, 'language-switch-network-en');

    const enCards = await page.getByTestId('cause-card').allInnerTexts();
    await page.reload();
    // Same step, same results, the customer's language choice kept; nothing ran again.
    await expect.poll(() => currentStep(page)).toBe('network');
    await expectLanguage(page, 'en');
    await expect(page.getByTestId('network-summary')).toHaveAttribute('data-ready', 'false');
    expect(await page.getByTestId('cause-card').allInnerTexts()).toEqual(enCards);
    expect(sent.runs).toBe(2);
    await expectAccessible(page);
    await snap(page, 'language-reload-network-en');

    // Back to Japanese after the reload: the restored run re-words too.
    await page.getByRole('button', { name: '日本語' }).click();
    await expect(card).toContainText(JAPANESE);
    expect(sent.runs).toBe(2);
  });

  test('a reload while the checks run follows the same run to its end', async ({
    page,
    sessionPrep,
  }) => {
    const sent = countRuns(page);
    await page.goto(sessionPrep.url);
    await page.getByTestId('wizard-next').click();
    await settle(page);
    await page.getByTestId('wizard-next').click();
    await expect.poll(() => currentStep(page)).toBe('network');
    await page.reload();
    await expect.poll(() => currentStep(page)).toBe('network');
    await settle(page);
    await expect(page.getByTestId('network-summary')).toHaveAttribute('data-ready', 'false');
    await expect(page.getByTestId('cause-card').first()).toBeVisible();
    expect(sent.runs).toBe(2);
  });

  test('the page opened without its launch code says what to do, in Japanese then English', async ({
    browser,
    sessionPrep,
  }) => {
    const context = await browser.newContext({ locale: 'en-US' });
    try {
      const page = await context.newPage();
      await page.goto(`http://127.0.0.1:${sessionPrep.server.port}/`);
      const refused = page.getByTestId('page-refused');
      await expect(refused.locator('p[lang="ja"]')).toContainText(
        'Session Prep が表示したアドレスを開いてください',
      );
      await expect(refused.locator('p[lang="en"]')).toContainText(
        'Open the address Session Prep printed',
      );
      // Japanese first.
      const order = await refused
        .locator('p')
        .evaluateAll((ps) => ps.map((p) => (p as unknown as { lang: string }).lang));
      expect(order).toEqual(['ja', 'en']);
      await expect(page.getByTestId('wizard-step')).toHaveCount(0);
      await expectAccessible(page);
      await snap(page, 'refused-no-launch-code');
    } finally {
      await context.close();
    }
  });
});
