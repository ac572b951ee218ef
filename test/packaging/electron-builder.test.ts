import { listPackage } from '@electron/asar';
import { execFile } from 'node:child_process';
import { chmod, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { getConfig, validateConfiguration } from 'app-builder-lib/out/util/config/config';
import { DebugLogger } from 'builder-util/out/DebugLogger';
import type { Configuration } from 'electron-builder';
import { afterAll, describe, expect, it } from 'vitest';
import { targets } from '../../scripts/build';
import { ensureRenderer } from '../../src/main/web/ensure-renderer';

const root = join(import.meta.dirname, '..', '..');
const run = promisify(execFile);
const load = () => getConfig(root, join(root, 'electron-builder.yml'), null);
const targetNames = (t: unknown) =>
  Array.isArray(t)
    ? t.map((x) => (typeof x === 'string' ? x : (x as { target: string }).target))
    : [];

describe('electron-builder.yml', () => {
  it('passes electron-builder’s own validator', async () => {
    await expect(
      validateConfiguration(await load(), new DebugLogger(false)),
    ).resolves.toBeUndefined();
  });

  it('is checked for real: a wrong field is refused by the same validator', async () => {
    const broken = { ...(await load()), nsis: { perMachine: 'yes' } } as unknown as Configuration;
    await expect(validateConfiguration(broken, new DebugLogger(false))).rejects.toThrow(
      /perMachine/,
    );
  });

  it('builds a per-user NSIS installer in Japanese and English, a dmg, an AppImage and a deb', async () => {
    const config = await load();
    expect(config.nsis).toMatchObject({
      perMachine: false,
      allowElevation: false,
      oneClick: true,
      installerLanguages: ['ja_JP', 'en_US'],
    });
    expect(targetNames(config.win?.target)).toEqual(['nsis']);
    expect(targetNames(config.mac?.target)).toEqual(['dmg']);
    expect(config.linux?.target).toEqual(['AppImage', 'deb']);
  });

  it('points at a real 512×512 PNG icon', async () => {
    const png = await readFile(join(root, 'assets', 'icons', 'icon.png'));
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([512, 512]);
  });
});

describe('a packaging dry run (stand-in Electron, Linux dir target)', () => {
  let dir: string | undefined;
  afterAll(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('packs the bundles and the runtime dependencies into app.asar, and nothing else of ours', async () => {
    dir = await mkdtemp(join(tmpdir(), 'sp-pack-'));
    const electronDist = join(dir, 'electron-dist');
    await run('mkdir', ['-p', electronDist]);
    await writeFile(join(electronDist, 'electron'), '#!/bin/sh\nexit 0\n');
    await chmod(join(electronDist, 'electron'), 0o755);
    await writeFile(join(electronDist, 'version'), '45.4.1');
    const built = await ensureRenderer(root);
    expect(built.ok).toBe(true);
    await targets.shell();
    const out = join(dir, 'release');
    await run(
      process.execPath,
      [
        join(root, 'node_modules', 'electron-builder', 'cli.js'),
        '--linux',
        'dir',
        `-c.electronDist=${electronDist}`,
        `-c.directories.output=${out}`,
      ],
      {
        cwd: root,
        env: { ...process.env, CI: '1' },
      },
    );
    const files = listPackage(join(out, 'linux-unpacked', 'resources', 'app.asar'), {
      isPack: false,
    });
    const ours = files
      .filter((f) => !f.startsWith('/node_modules'))
      .filter((f) => /\.[a-z]+$/.test(f));
    expect(ours).toEqual(
      expect.arrayContaining([
        '/dist/shell/main.mjs',
        '/dist/shell/pac-worker.mjs',
        '/dist/preload/preload.cjs',
        '/dist/renderer/index.html',
        '/package.json',
      ]),
    );
    expect(
      ours.filter((f) => f.endsWith('.map') || f.startsWith('/src') || f.startsWith('/test')),
    ).toEqual([]);
    // Every package the main bundle (or its PAC thread) imports must be inside the package, or the app
    // dies at start (or its first PAC answer fails).
    const bundles = await Promise.all(
      ['main.mjs', 'pac-worker.mjs'].map((f) => readFile(join(root, 'dist', 'shell', f), 'utf8')),
    );
    const imported = bundles
      .flatMap((text) => [
        ...text.matchAll(/^import\s[^;]*?"([^"./][^"]*)";$|\bimport\("([^"./][^"]*)"\)/gm),
      ])
      .map((m) => m[1] ?? m[2] ?? '')
      .filter((s) => !s.startsWith('node:') && s !== 'electron');
    const packages = [
      ...new Set(
        imported.map((s) =>
          s
            .split('/')
            .slice(0, s.startsWith('@') ? 2 : 1)
            .join('/'),
        ),
      ),
    ];
    expect(packages).toEqual(expect.arrayContaining(['zod', 'ws', 'pac-resolver', 'quickjs-wasi']));
    expect(packages.filter((p) => !files.includes(`/node_modules/${p}/package.json`))).toEqual([]);
    // The PAC engine reads its WebAssembly file beside its package at run time.
    expect(files).toContain('/node_modules/quickjs-wasi/quickjs.wasm');
    expect(files.some((f) => f.startsWith('/node_modules/zustand/'))).toBe(false);
  }, 90_000);
});
