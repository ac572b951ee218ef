import type { Page } from '@playwright/test';
import { expect, expectAccessible, snap, test } from './support/session-prep';
import { currentStep, isFocused, settle, walkWizard } from './support/wizard';

/** The sizes issue 15 was tried at: a laptop, and a 1024×600 screen at Windows' 125 % (819×480 CSS px). */
export const sizes = [
  { name: '1280x800', width: 1280, height: 800, scale: 1 },
  { name: '1024x600', width: 819, height: 480, scale: 1.25 },
] as const;

/** Tabs from the step's heading (where focus lands on a step change) to the next button; -1 if never. */
async function tabsToNext(page: Page): Promise<number> {
  await page.getByRole('heading', { level: 1 }).focus();
  for (let i = 0; i < 400; i++) {
    if (await page.getByTestId('wizard-next').evaluate(isFocused)) return i;
    await page.keyboard.press('Tab');
  }
  return -1;
}

/** The next button lies inside the viewport without scrolling. */
export async function expectNextInView(page: Page): Promise<void> {
  const box = await page.getByTestId('wizard-next').boundingBox();
  const viewport = page.viewportSize();
  expect(box).not.toBeNull();
  expect((box?.y ?? 0) + (box?.height ?? 0)).toBeLessThanOrEqual(viewport?.height ?? 0);
}

for (const lang of ['ja', 'en'] as const) {
  for (const size of sizes) {
    test.describe(`offline PC, ${lang}, ${size.name}`, () => {
      test.use({
        scenario: 'offline',
        lang,
        viewport: { width: size.width, height: size.height },
        deviceScaleFactor: size.scale,
      });
      test('the Network step answers first, one card per cause, and keeps its next button in view', async ({
        page,
        sessionPrep,
      }) => {
        await page.goto(sessionPrep.url);
        await expectNextInView(page);
        await page.getByTestId('wizard-next').click();
        await settle(page);
        await page.getByTestId('wizard-next').click();
        await expect.poll(() => currentStep(page)).toBe('network');
        await settle(page);
        await page.evaluate('window.scrollTo(0, 0)');
        await expectNextInView(page);
        const summary = page.getByTestId('network-summary');
        await expect(summary).toHaveAttribute('data-ready', 'false');
        await expect(summary.getByTestId('network-it-copy')).toBeVisible();
        // At most one card per cause: no verdict twice.
        const verdicts = await page
          .getByTestId('cause-card')
          .evaluateAll((cards) =>
            cards.map((c) => (c as unknown as { dataset: { verdict: string } }).dataset.verdict),
          );
        expect(verdicts.length).toBeGreaterThan(0);
        expect(new Set(verdicts).size).toBe(verdicts.length);
        const height = Number(await page.evaluate('document.documentElement.scrollHeight'));
        const tabs = await tabsToNext(page);
        console.log(`MEASURE network ${lang} ${size.name}: height=${height}px tabs=${tabs}`);
        if (size.name === '1280x800') expect(height).toBeLessThanOrEqual(2 * 800);
        expect(tabs).toBeGreaterThan(0);
        await expectAccessible(page);
        await snap(page, `offline-${lang}-${size.name}-network`);
      });
    });
  }
}

// Every step in both languages and both sizes (issue 15): a screenshot each in artifacts/e2e/, axe at zero
// violations on each, and the next button in view at 1024×600.
for (const lang of ['ja', 'en'] as const) {
  for (const size of sizes) {
    test.describe(`every step at ${size.name}, ${lang}`, () => {
      test.use({
        scenario: 'offline',
        lang,
        viewport: { width: size.width, height: size.height },
        deviceScaleFactor: size.scale,
      });
      test('each step is accessible, and the next button is inside the viewport without scrolling', async ({
        page,
        sessionPrep,
      }) => {
        test.setTimeout(180_000);
        await page.goto(sessionPrep.url);
        const seen = await walkWizard(page, {
          run: `offline-${lang}-${size.name}`,
          onStep: async () => {
            await page.evaluate('window.scrollTo(0, 0)');
            if ((await page.getByTestId('wizard-next').count()) > 0) await expectNextInView(page);
          },
        });
        expect(seen).toContain('join');
        expect(seen).toContain('finish');
      });
    });
  }
}
