import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { chromiumArgs } from '../playwright.config';
import { builtInCatalog } from '../src/main/core/catalog/load-catalog';
import { startBrowserMode } from '../src/main/web/browser-mode';
import { ensureRenderer } from '../src/main/web/ensure-renderer';
import { packageRoot } from '../src/main/web/package-root';
import type { BenchRow, BenchSection } from './bench-types';

const TITLE = 'The wizard in browser mode (issue 5)';
const PAINT_RUNS = 7;
const JS_GOAL_KB = 250;
const PAINT_GOAL_MS = 500;

/** Gzipped size of each built renderer file of this extension, in KB (what a browser downloads). */
async function gzippedKb(dir: string, extension: string): Promise<number> {
  const files = (await readdir(dir)).filter((f) => f.endsWith(extension));
  let bytes = 0;
  for (const f of files) bytes += gzipSync(await readFile(join(dir, f)), { level: 9 }).length;
  return bytes / 1024;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

/** Renderer bundle size, and first paint of the wizard in real Chromium through browser mode's token redirect. */
export async function run(): Promise<BenchSection> {
  const built = await ensureRenderer(packageRoot());
  if (!built.ok) return { title: TITLE, rows: [], notes: [built.problem.message] };
  const assets = join(built.value.outDir, 'assets');
  const jsKb = await gzippedKb(assets, '.js');
  const cssKb = await gzippedKb(assets, '.css');
  const rows: BenchRow[] = [
    {
      metric: 'renderer JS, gzipped',
      value: Math.round(jsKb * 10) / 10,
      unit: 'KB',
      goal: `≤ ${JS_GOAL_KB} KB`,
      ok: jsKb <= JS_GOAL_KB,
    },
    { metric: 'renderer CSS, gzipped', value: Math.round(cssKb * 10) / 10, unit: 'KB' },
  ];

  const dir = await mkdtemp(join(tmpdir(), 'sp-bench-web-'));
  const env = { PATH: process.env.PATH, HOME: dir, XDG_STATE_HOME: join(dir, 'state') };
  const server = await startBrowserMode({
    core: {
      catalog: builtInCatalog(),
      lang: 'ja',
      timeoutMs: 5000,
      env,
      dataDir: join(dir, 'state'),
      extraCaPem: [],
    },
    open: false,
    rendererDir: built.value.outDir,
  });
  if (!server.ok) return { title: TITLE, rows, notes: [server.problem.message] };
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: chromiumArgs,
  });
  const paints: number[] = [];
  try {
    // One warm-up (Chromium's own caches, the font files), then fresh contexts: no HTTP cache, no cookie.
    for (let i = 0; i <= PAINT_RUNS; i++) {
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.goto(server.value.url);
      await page.getByRole('heading', { level: 1 }).waitFor();
      // Functions, not strings: the page's CSP has no 'unsafe-eval'. `performance` is typed by Node's own globals.
      await page.waitForFunction(
        () => performance.getEntriesByName('first-contentful-paint').length > 0,
      );
      const fcp = await page.evaluate(
        () => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? Number.NaN,
      );
      if (i > 0) paints.push(fcp);
      await context.close();
    }
  } finally {
    await browser.close();
    await server.value.close();
    await rm(dir, { recursive: true, force: true });
  }
  const paintMs = median(paints);
  rows.push({
    metric: `first contentful paint of the wizard, median of ${PAINT_RUNS}`,
    value: Math.round(paintMs),
    unit: 'ms',
    goal: `≤ ${PAINT_GOAL_MS} ms`,
    ok: paintMs <= PAINT_GOAL_MS,
  });
  rows.push({
    metric: 'first contentful paint, slowest run',
    value: Math.round(Math.max(...paints)),
    unit: 'ms',
  });
  return {
    title: TITLE,
    rows,
    notes: [
      'First paint counts from the navigation to the tokened URL, through the 303 that sets the cookie, to the first paint of the React wizard (the HTML holds only an empty #root, so FCP is the wizard itself). Headless Debian Chromium, fresh browser context per run.',
      `Load average at the end: ${loadavg()
        .map((l) => l.toFixed(1))
        .join(' / ')} (the machine is shared).`,
    ],
  };
}
