import { chromium } from '@playwright/test';
import { createServer } from 'node:http';
import { listenTracked } from '../test/fixtures/running-server';
import { chromiumArgs } from '../playwright.config';
import { expect, test } from './support/session-prep';

test.describe('browser mode refuses everyone but its own page', () => {
  test('without the token the page is refused; with it, the wizard loads and the token leaves the address bar', async ({
    page,
    sessionPrep,
  }) => {
    const bare = new URL(sessionPrep.url);
    bare.search = '';
    const refused = await page.goto(bare.href);
    expect(refused?.status()).toBe(403);
    // Browser mode speaks the language it was started with (Japanese here), refusals included.
    await expect(page.locator('body')).toContainText(
      'Session Prep が表示したアドレスを開いてください',
    );

    const accepted = await page.goto(sessionPrep.url);
    expect(accepted?.status()).toBe(200);
    expect(page.url()).toBe(bare.href);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    const cookies = await page.context().cookies();
    expect(cookies).toEqual([
      expect.objectContaining({
        httpOnly: true,
        sameSite: 'Strict',
        value: sessionPrep.server.token,
      }),
    ]);
  });

  test('a page from another origin cannot open the bridge or read the wizard, even with the cookie set', async ({
    page,
    sessionPrep,
  }) => {
    await page.goto(sessionPrep.url);
    const target = sessionPrep.server.port;
    const evil = await listenTracked(
      createServer((_req, res) => {
        res.writeHead(200, { 'content-type': 'text/html' });
        res.end('<!doctype html><title>other page</title>');
      }),
    );
    try {
      // Another port of 127.0.0.1 is the same *site*, so the SameSite cookie goes along: Origin must stop it.
      await page.goto(`http://127.0.0.1:${evil.port}/`);
      const outcome = await page.evaluate(async (port) => {
        const socket = await new Promise<string>((resolve) => {
          const ws = new WebSocket(`ws://127.0.0.1:${port}/bridge`);
          ws.onopen = () => resolve('open');
          ws.onerror = () => resolve('refused');
        });
        const read = await fetch(`http://127.0.0.1:${port}/`, { credentials: 'include' }).then(
          (r) => `status ${r.status}`,
          () => 'blocked',
        );
        return { socket, read };
      }, target);
      expect(outcome).toEqual({ socket: 'refused', read: 'blocked' });
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
