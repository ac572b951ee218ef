import { expect, expectAccessible, snap, test } from './support/session-prep';
import { expectLanguage, walkWizard } from './support/wizard';

// 1024×600 at Windows' 125 %: 819×480 CSS px, the smallest screen issue 15 was tried on.
const headline = { ja: 'Session Prep 診断レポート', en: 'Session Prep diagnostic report' } as const;
const frameTitle = {
  ja: '診断レポートのプレビュー',
  en: 'Preview of the diagnostic report',
} as const;

for (const lang of ['ja', 'en'] as const) {
  test.describe(`Finish preview, ${lang}, 1024x600`, () => {
    test.use({
      scenario: 'pass',
      lang,
      viewport: { width: 819, height: 480 },
      deviceScaleFactor: 1.25,
    });

    test('shows the report rendered in a sandboxed frame, styled, never its source', async ({
      page,
      sessionPrep,
    }) => {
      const cspViolations: string[] = [];
      page.on('console', (message) => {
        if (/Content Security Policy|Refused to/i.test(message.text()))
          cspViolations.push(message.text());
      });
      await page.goto(sessionPrep.url);
      await expectLanguage(page, lang);
      // axe runs on Finish once the preview has loaded (below), not on the way there.
      const steps = await walkWizard(page, {
        run: `finish-preview-${lang}-1024x600`,
        axeSteps: [],
      });
      expect(steps.at(-1)).toBe('finish');

      const frame = page.getByTestId('report-preview-frame');
      await expect(frame).toHaveAttribute('sandbox', '');
      await expect(frame).toHaveAttribute('title', frameTitle[lang]);
      const report = page.frameLocator('[data-testid="report-preview-frame"]');
      await expect(report.getByRole('heading', { level: 1 })).toHaveText(headline[lang]);
      await expect(report.locator('html')).toHaveAttribute('lang', lang);
      const text = (await report.locator('body').textContent()) ?? '';
      expect(text).not.toMatch(/<!DOCTYPE|<style|Content-Security-Policy/i);
      await expect(page.getByText('<!DOCTYPE', { exact: false })).toHaveCount(0);

      // The report's own CSS applied (the wizard CSP allows it by hash): its page background and heading colour.
      await expect(report.locator('body')).toHaveCSS('background-color', 'rgb(244, 245, 247)');
      await expect(report.getByRole('heading', { level: 1 })).toHaveCSS(
        'color',
        'rgb(11, 58, 102)',
      );
      // No script runs in it: the sandbox has no allow-scripts, and the report has none.
      await expect(report.locator('script')).toHaveCount(0);

      // A fixed-height frame that fits the small screen and scrolls inside.
      const box = await frame.boundingBox();
      expect(box?.height ?? 0).toBeGreaterThan(150);
      expect(box?.height ?? 0).toBeLessThan(480);
      const scrolls = await frame.evaluate((el) => {
        const doc = (
          el as { contentDocument: { documentElement: { scrollHeight: number } } | null }
        ).contentDocument;
        return doc ? doc.documentElement.scrollHeight : -1;
      });
      // A sandboxed frame has an opaque origin: the wizard cannot reach into it either.
      expect(scrolls).toBe(-1);

      await frame.scrollIntoViewIfNeeded();
      await snap(page, `finish-preview-${lang}-1024x600-frame`);
      await expectAccessible(page);
      // The framed document itself, on a page of its own (axe cannot run inside the sandbox).
      const html = (await frame.getAttribute('srcdoc')) ?? '';
      expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
      const reportPage = await page.context().newPage();
      await reportPage.setContent(html);
      await expectAccessible(reportPage);
      await reportPage.close();

      // JSON is shown as its exact text, which is the file.
      await page.getByRole('radio', { name: /JSON/ }).check();
      await expect(page.locator('#report-preview')).toHaveValue(/"schemaVersion"/);
      await expect(frame).toHaveCount(0);

      expect(cspViolations).toEqual([]);
    });
  });
}
