import type { Page } from '@playwright/test';
import { expect, expectAccessible, snap } from './session-prep';

export interface WalkOptions {
  /** Prefix of the screenshots (artifacts/e2e/<run>-<n>-<step>.png). */
  run: string;
  /** Move on with Tab and Enter/Space only, never the mouse. */
  keyboardOnly?: boolean;
  /** Steps to run axe on (default: every step). */
  axeSteps?: readonly string[];
  /** Called on each step once it has settled, before moving on. */
  onStep?: (step: string) => Promise<void>;
}

const JAPANESE = /[\u3040-\u30ff\u4e00-\u9fff]/;

/** The current step's id, from the step section's data-step. */
export async function currentStep(page: Page): Promise<string> {
  return (await page.getByTestId('wizard-step').getAttribute('data-step')) ?? '';
}

/** Waits until a step that runs checks has finished them (its status is no longer busy). */
export async function settle(page: Page): Promise<void> {
  const status = page.getByTestId('wizard-step').getByTestId('checks-status');
  if ((await status.count()) > 0)
    await expect(status).toHaveAttribute('aria-busy', 'false', { timeout: 45_000 });
}

/** The page speaks `lang`: the html element says so and the heading is written in it. */
export async function expectLanguage(page: Page, lang: 'ja' | 'en'): Promise<void> {
  await expect(page.locator('html')).toHaveAttribute('lang', lang);
  const heading = (await page.getByRole('heading', { level: 1 }).textContent()) ?? '';
  expect(JAPANESE.test(heading), `heading "${heading}" should be in ${lang}`).toBe(lang === 'ja');
}

/** Runs in the page: whether the element has keyboard focus (Playwright's element types are stubs in this Node-only config). */
export const isFocused = (el: unknown): boolean =>
  (el as { matches(selector: string): boolean }).matches(':focus');

/** Tabs until the element with this test id has focus; fails if it never does. */
export async function tabTo(page: Page, testId: string): Promise<void> {
  for (let i = 0; i < 80; i++) {
    if (await page.getByTestId(testId).evaluate(isFocused)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached [data-testid=${testId}]`);
}

/** Walks every step from the current one to the last: settles, checks axe, takes a screenshot, moves on. */
export async function walkWizard(page: Page, options: WalkOptions): Promise<string[]> {
  const seen: string[] = [];
  for (let n = 0; n < 12; n++) {
    await settle(page);
    const step = await currentStep(page);
    seen.push(step);
    if (!options.axeSteps || options.axeSteps.includes(step)) await expectAccessible(page);
    await snap(page, `${options.run}-${n}-${step}`);
    await options.onStep?.(step);
    const next = page.getByTestId('wizard-next');
    if ((await next.count()) === 0) return seen;
    if (options.keyboardOnly) {
      await tabTo(page, 'wizard-next');
      // Both keys a keyboard user activates buttons with, on alternate steps.
      await page.keyboard.press(n % 2 === 0 ? 'Enter' : 'Space');
    } else {
      await next.click();
    }
    await expect.poll(() => currentStep(page)).not.toBe(step);
  }
  throw new Error(`the wizard never reached its last step (saw ${seen.join(' → ')})`);
}
