import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { recordChange } from '../src/main/core/journal/journal';
import { expect, expectAccessible, snap, test } from './support/session-prep';
import { tabTo } from './support/wizard';

// The Fixes step in browser mode, keyboard only: the journal of what Session Prep changed (seeded with a
// change whose undo is a real process), "undo everything", and the request for IT (copy, PAC download).
for (const lang of ['ja', 'en'] as const) {
  test.describe(`fixes (${lang})`, () => {
    test.use({ scenario: 'pass', lang });

    test('shows what was changed, undoes everything in one action, and hands IT the list and a PAC file', async ({
      page,
      sessionPrep,
    }) => {
      const t =
        lang === 'ja'
          ? {
              plan: '必要な変更を表示',
              undone: '元に戻しました',
              empty: 'まだ何も変更していません',
            }
          : {
              plan: 'Show what needs changing',
              undone: 'Undone',
              empty: 'has not changed anything',
            };
      const dataDir = join(sessionPrep.lab.dir, 'state', 'session-prep');
      // The fixture's stand-in ufw (first in PATH) records what undo runs.
      const marker = join(sessionPrep.lab.dir, 'ufw.log');
      await recordChange(dataDir, {
        id: 'windows-firewall',
        title: 'Session Prep e2e change',
        appliedAt: '2026-11-25T09:00:00.000Z',
        platform: 'linux',
        state: 'applied',
        area: 'fixes',
        undo: { kind: 'linux-ufw', ports: [443] },
      });

      await page.goto(sessionPrep.url);
      for (
        let i = 0;
        i < 6 && (await page.getByTestId('wizard-step').getAttribute('data-step')) !== 'fixes';
        i++
      ) {
        await page.getByTestId('wizard-next').focus();
        await page.keyboard.press('Enter');
      }
      await expect(page.getByTestId('wizard-step')).toHaveAttribute('data-step', 'fixes');
      await tabTo(page, 'fix-plan');
      await expect(page.getByTestId('fix-plan')).toHaveText(t.plan);
      await page.keyboard.press('Enter');
      await expect(page.getByTestId('fix-journal')).toContainText('Session Prep e2e change');
      await expectAccessible(page);
      await snap(page, `fixes-journal-${lang}`);

      await tabTo(page, 'fix-undo');
      await page.keyboard.press('Enter');
      // The confirmation takes the focus, so Enter answers it.
      await expect(page.getByTestId('fix-undo-yes')).toBeFocused();
      await expectAccessible(page);
      await page.keyboard.press('Enter');
      await expect(page.getByTestId('fix-outcome')).toHaveAttribute('data-ok', 'true');
      await expect(page.getByTestId('fix-outcome')).toContainText(t.undone);
      await expect(page.getByTestId('fix-journal')).toContainText(t.empty);
      expect(await readFile(marker, 'utf8')).toBe('delete allow out 443/tcp\n');
      await snap(page, `fixes-undone-${lang}`);

      await tabTo(page, 'fix-it-copy');
      await page.keyboard.press('Enter');
      await expect(page.getByTestId('fix-it-status')).not.toBeEmpty();
      const catalog = JSON.parse(await readFile(sessionPrep.lab.catalogFile, 'utf8')) as {
        domains: string[];
        endpoints: { host: string }[];
      };
      const firstName = catalog.domains[0] ?? catalog.endpoints[0]?.host ?? '';
      await expect(page.getByTestId('fix-it-text')).toContainText(firstName);

      await tabTo(page, 'fix-it-pac');
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.keyboard.press('Enter'),
      ]);
      expect(download.suggestedFilename()).toMatch(/^session-prep-allowlist-.+\.pac$/);
      const pac = await readFile((await download.path()) ?? '', 'utf8');
      expect(pac).toContain('function FindProxyForURL(url, host)');
      await expectAccessible(page);
    });
  });
}
