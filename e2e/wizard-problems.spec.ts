import type { Page } from '@playwright/test';
import { expect, test } from './support/session-prep';
import { expectLanguage, walkWizard } from './support/wizard';

/** Opens every cause card's evidence (folded away for the engineer since issue 15). */
async function openEvidence(page: Page): Promise<void> {
  const summaries = page.getByTestId('cause-card').locator('details > summary');
  for (let i = 0; i < (await summaries.count()); i++) await summaries.nth(i).click();
}

// Every step's page is checked with axe in the two passing runs; here the steps whose content changes.
const changingSteps = ['network', 'finish'];

test.describe('a host is refused', () => {
  test.use({ scenario: 'refused', lang: 'en' });

  test('English: the network step names the refused port and where the path breaks; the PC is not ready', async ({
    page,
    sessionPrep,
  }) => {
    const failing = sessionPrep.lab.failing ?? '';
    const port = failing.split(':')[1] ?? '';
    await page.goto(sessionPrep.url);
    await expectLanguage(page, 'en');
    await walkWizard(page, {
      run: 'refused-en',
      axeSteps: changingSteps,
      onStep: async (step) => {
        if (step !== 'network') return;
        await expect(
          page.getByTestId('host-progress').locator('[data-host="127.0.0.1"]'),
        ).toHaveAttribute('data-state', 'fail');
        // The answer names the cause, and so does its one card; the card's evidence opens on demand.
        await expect(
          page.getByTestId('cause-card').getByText('Connection refused: a firewall rejects it'),
        ).toBeVisible();
        await openEvidence(page);
        await expect(
          page.getByText(`The connection to 127.0.0.1 on port ${port} was refused`),
        ).toBeVisible();
        await expect(
          page.getByText('The connection stops at: Office network and firewall.'),
        ).toBeVisible();
      },
    });
    await expect(page.getByTestId('finish-summary')).toHaveAttribute('data-ready', 'false');
  });
});

test.describe('a host is intercepted', () => {
  test.use({ scenario: 'intercepted', lang: 'ja' });

  test('日本語: the network step shows SSL inspection with the inspecting CA; the PC is not ready', async ({
    page,
    sessionPrep,
  }) => {
    await page.goto(sessionPrep.url);
    await expectLanguage(page, 'ja');
    await walkWizard(page, {
      run: 'intercepted-ja',
      axeSteps: changingSteps,
      onStep: async (step) => {
        await expectLanguage(page, 'ja');
        if (step !== 'network') return;
        await expect(
          page.getByTestId('host-progress').locator('[data-host="127.0.0.1"]'),
        ).toHaveAttribute('data-state', 'fail');
        await openEvidence(page);
        const secureCheck = page.getByText(`${sessionPrep.lab.failing}`).first();
        await expect(secureCheck).toBeVisible();
        await expect(
          page
            .getByTestId('cause-card')
            .getByText('SSL インスペクション（通信の復号・検査）が行われています'),
        ).toBeVisible();
        await expect(page.getByText(/Corporate Inspection CA/).first()).toBeVisible();
      },
    });
    await expect(page.getByTestId('finish-summary')).toHaveAttribute('data-ready', 'false');
    // Issue 15: Finish offers the same request for IT as the report's first block: plain text for mail.
    const finish = page.getByTestId('finish-summary');
    await finish.getByTestId('network-it-copy').click();
    const request = (await finish.getByTestId('network-it-text').textContent()) ?? '';
    expect(request).toContain('IT 部門へのお願い');
    expect(request).toContain('SSL インスペクション（通信の復号・検査）が行われています');
    expect(request).toContain('Corporate Inspection CA');
    expect(request).toMatch(/\(UTC[+-]\d{2}:\d{2}\)/);
    for (const line of request.split('\n')) expect(line).not.toMatch(/^\s*(#|[-*] |>)|`|\*\*/);
  });
});
