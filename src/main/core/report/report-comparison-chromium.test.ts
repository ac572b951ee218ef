import { mkdirSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { AxeBuilder } from '@axe-core/playwright';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { brokenRun } from '../../../../test/report/sample-runs';
import type { RunComparison } from '../../../shared/run-comparison';
import { renderReport } from './render-report';

const artifacts = fileURLToPath(new URL('../../../../artifacts/report/', import.meta.url));
let browser: Browser;
let dir: string;

beforeAll(async () => {
  browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
  dir = await mkdtemp(join(tmpdir(), 'sp-report-comparison-'));
  mkdirSync(artifacts, { recursive: true });
}, 60_000);

afterAll(async () => {
  await browser?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
});

const comparison: RunComparison = {
  since: '2026-11-25T08:00:00.000Z',
  fixed: [
    {
      id: 'tcp:assist.zoho.com:443',
      host: 'assist.zoho.com',
      before: { status: 'fail', verdict: 'tcp_timeout' },
      now: { status: 'pass', verdict: 'ok' },
    },
  ],
  stillFailing: [
    {
      id: 'tls:gateway.zohoassist.com:443',
      host: 'gateway.zohoassist.com',
      before: { status: 'fail', verdict: 'tcp_refused' },
      now: { status: 'fail', verdict: 'tls_intercepted' },
    },
  ],
  newlyFailing: [
    {
      id: 'http:assist.zoho.com:80',
      host: 'assist.zoho.com',
      before: null,
      now: { status: 'warn', verdict: 'http_server_error' },
    },
  ],
  notRechecked: [],
};

// A real browser on a shared 2-core machine: generous limits.
describe('the report’s "since the last check" section in Chromium', { timeout: 60_000 }, () => {
  for (const lang of ['ja', 'en'] as const) {
    it(`reads in ${lang} with zero axe violations (screenshot as artifact)`, async () => {
      const { content } = renderReport(brokenRun({ comparison }), {
        format: 'html',
        redact: false,
        lang,
        names: { userNames: [], hostNames: [] },
        now: new Date('2026-11-25T10:00:00Z'),
      });
      const path = join(dir, `comparison-${lang}.html`);
      await writeFile(path, content);
      const context = await browser.newContext({ viewport: { width: 1000, height: 900 } });
      const page = await context.newPage();
      await page.goto(pathToFileURL(path).href, { waitUntil: 'load' });
      const section = page.getByTestId('report-comparison');
      await expect(section.getByRole('heading', { level: 2 }).innerText()).resolves.toBe(
        lang === 'ja' ? '前回の確認からの変化' : 'Since the last check',
      );
      const text = await section.innerText();
      expect(text).toContain('tcp:assist.zoho.com:443');
      expect(text).toMatch(
        lang === 'ja'
          ? /解決 1 件、未解決 1 件、新しい問題 1 件です。/
          : /1 fixed, 1 still failing, 1 new\./,
      );
      const axe = await new AxeBuilder({ page }).analyze();
      expect(
        axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
      ).toEqual([]);
      await section.screenshot({ path: join(artifacts, `report-comparison-${lang}.png`) });
      await context.close();
    });
  }
});
