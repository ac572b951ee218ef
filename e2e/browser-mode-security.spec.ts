import { chromium, type Browser } from '@playwright/test';
import { createServer, type IncomingHttpHeaders } from 'node:http';
import { listenTracked } from '../test/fixtures/running-server';
import { chromiumArgs } from '../playwright.config';
import { expect, test } from './support/session-prep';

// Issue 14: the token became a cookie, which every other server on 127.0.0.1 received (cookies ignore
// ports); with it and a forged Origin a script drove cleanup. Now: a one-time launch code in the fragment,
// traded once for a page secret kept in the tab's sessionStorage and sent on the WebSocket.
test.describe('browser mode lets only its own page drive it', () => {
  const otherBrowser = (): Promise<Browser> =>
    chromium.launch({
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: chromiumArgs,
    });

  test('the wizard loads from the printed address, takes the code off the address, sets no cookie, and survives a reload', async ({
    page,
    sessionPrep,
  }) => {
    const response = await page.goto(sessionPrep.url);
    expect(response?.status()).toBe(200);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.getByTestId('wizard-next')).toBeVisible();
    await expect.poll(() => page.url()).toBe(`http://127.0.0.1:${sessionPrep.server.port}/`);
    expect(await page.context().cookies()).toEqual([]);
    await page.reload();
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    // After the reload the bridge still answers: the welcome step moves on to a step that calls core.
    await page.getByTestId('wizard-next').click();
    await expect(page.getByTestId('wizard-step')).not.toHaveAttribute('data-step', 'welcome');
    await expect(page.getByRole('alert')).toHaveCount(0);
  });

  test('the printed address, once used, opens nothing in another browser profile', async ({
    page,
    sessionPrep,
  }) => {
    await page.goto(sessionPrep.url);
    await expect(page.getByTestId('wizard-next')).toBeVisible();
    const browser = await otherBrowser();
    try {
      const other = await (await browser.newContext()).newPage();
      await other.goto(sessionPrep.url);
      // Browser mode speaks the language it was started with (Japanese here), refusals included.
      await expect(other.locator('body')).toContainText(
        'このアドレスは、別のウィンドウやブラウザーで',
      );
      const bridged = await other.evaluate(
        (port) =>
          new Promise<string>((resolve) => {
            const ws = new WebSocket(`ws://127.0.0.1:${port}/bridge`, ['session-prep']);
            ws.onopen = () => resolve('open');
            ws.onerror = () => resolve('refused');
          }),
        sessionPrep.server.port,
      );
      expect(bridged).toBe('refused');
    } finally {
      await browser.close();
    }
  });

  test('another port of 127.0.0.1 receives no credential and cannot open the bridge or read the page', async ({
    page,
    sessionPrep,
  }) => {
    await page.goto(sessionPrep.url);
    await expect(page.getByTestId('wizard-next')).toBeVisible();
    const seen: IncomingHttpHeaders[] = [];
    const evil = await listenTracked(
      createServer((req, res) => {
        seen.push(req.headers);
        res.writeHead(200, { 'content-type': 'text/html' });
        res.end('<!doctype html><title>other page</title>');
      }),
    );
    try {
      await page.goto(`http://127.0.0.1:${evil.port}/`);
      const outcome = await page.evaluate(async (port) => {
        const socket = await new Promise<string>((resolve) => {
          const ws = new WebSocket(`ws://127.0.0.1:${port}/bridge`, ['session-prep']);
          ws.onopen = () => resolve('open');
          ws.onerror = () => resolve('refused');
        });
        const read = await fetch(`http://127.0.0.1:${port}/`, { credentials: 'include' }).then(
          (r) => `status ${r.status}`,
          () => 'blocked',
        );
        const trade = await fetch(`http://127.0.0.1:${port}/session`, {
          method: 'POST',
          body: '{"launch":"x"}',
        }).then(
          (r) => `status ${r.status}`,
          () => 'blocked',
        );
        return {
          socket,
          read,
          trade,
          stored: (Reflect.get(globalThis, 'sessionStorage') as { length: number }).length,
        };
      }, sessionPrep.server.port);
      expect(outcome).toEqual({ socket: 'refused', read: 'blocked', trade: 'blocked', stored: 0 });
      expect(seen.length).toBeGreaterThan(0);
      for (const headers of seen) expect(headers.cookie).toBeUndefined();
    } finally {
      await evil.close();
    }
  });

  test('a rebound DNS name pointing at 127.0.0.1 is refused (foreign Host)', async ({
    sessionPrep,
  }) => {
    const browser = await chromium.launch({
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [...chromiumArgs, '--host-resolver-rules=MAP rebind.example 127.0.0.1'],
    });
    try {
      const context = await browser.newContext();
      const page = await context.newPage();
      const rebound = new URL(sessionPrep.url);
      rebound.hostname = 'rebind.example';
      const response = await page.goto(rebound.href);
      expect(response?.status()).toBe(403);
      await expect(page.locator('body')).toContainText('Host が異なります');
    } finally {
      await browser.close();
    }
  });
});
