import { expect, expectAccessible, test } from './support/session-prep';
import { currentStep, settle } from './support/wizard';

// The deep check (issue 17) in the real browser: offered once the quick check passed, its length stated;
// started, it shows the seconds the connections are held silent, as they pass; cancel ends it.
test.describe('the deep check on the Network step', () => {
  test.use({ scenario: 'pass', lang: 'en' });

  test('offered with its 5 minutes stated, then the seconds held count up, and cancel ends it', async ({
    page,
    sessionPrep,
  }) => {
    await page.goto(sessionPrep.url);
    await page.getByRole('button', { name: 'English' }).click();
    for (let n = 0; n < 5 && (await currentStep(page)) !== 'network'; n++) {
      await settle(page);
      await page.getByTestId('wizard-next').click();
    }
    expect(await currentStep(page)).toBe('network');
    await settle(page);
    const offer = page.getByTestId('deep-check');
    await expect(offer).toContainText(
      'also test whether connections survive 5 minutes of silence (adds about 5 minutes)',
    );
    await expectAccessible(page);
    await page.getByTestId('deep-check-start').click();
    const status = page.getByTestId('deep-check-status');
    await expect(status).toContainText(/kept open without traffic for [2-9] of 300 seconds/, {
      timeout: 20_000,
    });
    const bar = page.getByTestId('deep-check-progress');
    await expect(bar).toHaveAttribute('max', '300');
    const first = Number(await bar.getAttribute('value'));
    await expect
      .poll(async () => Number(await bar.getAttribute('value')), { timeout: 5000 })
      .toBeGreaterThan(first);
    await expectAccessible(page);
    await page.getByTestId('checks-cancel').click();
    await settle(page);
    await expect(page.getByTestId('checks-status')).toContainText('The checks were stopped.');
  });
});
