import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { getConfig, validateConfiguration } from 'app-builder-lib/out/util/config/config';
import { DebugLogger } from 'builder-util/out/DebugLogger';
import type { Configuration } from 'electron-builder';
import { describe, expect, it } from 'vitest';
import { documentedFuses, fuseNames } from './fuses';

const root = join(import.meta.dirname, '..', '..');
const load = () => getConfig(root, join(root, 'electron-builder.yml'), null);
const targetsOf = (t: unknown): { target: string; arch?: string[] }[] =>
  Array.isArray(t) ? t.map((x) => (typeof x === 'string' ? { target: x } : x)) : [];

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
    const badFuse = { ...(await load()), electronFuses: { runAsNode: 'on' } };
    await expect(
      validateConfiguration(badFuse as unknown as Configuration, new DebugLogger(false)),
    ).rejects.toThrow(/runAsNode/);
  });

  it('builds a per-user NSIS installer in Japanese and English, a dmg, an AppImage and a deb', async () => {
    const config = await load();
    expect(config.nsis).toMatchObject({
      perMachine: false,
      allowElevation: false,
      oneClick: true,
      installerLanguages: ['ja_JP', 'en_US'],
    });
    expect(targetsOf(config.win?.target).map((t) => t.target)).toEqual(['nsis', 'msi']);
    expect(targetsOf(config.mac?.target).map((t) => t.target)).toEqual(['dmg']);
    expect(config.linux?.target).toEqual(['AppImage', 'deb']);
  });

  it('adds an MSI for fleets: per machine, silent-friendly (no window after install), one upgrade code', async () => {
    const config = await load();
    expect(targetsOf(config.win?.target).find((t) => t.target === 'msi')?.arch).toEqual(['x64']);
    expect(config.msi).toMatchObject({
      perMachine: true,
      oneClick: true,
      runAfterFinish: false,
      createDesktopShortcut: false,
    });
    expect(config.msi?.upgradeCode).toMatch(/^[0-9A-F]{8}(-[0-9A-F]{4}){3}-[0-9A-F]{12}$/);
  });

  it('signs and notarizes through the environment, names the publisher, and never auto-updates', async () => {
    const config = await load();
    expect(config.mac).toMatchObject({ hardenedRuntime: true, notarize: true });
    expect(config.win?.signtoolOptions?.publisherName).toBe('Session Prep authors');
    // No credentials in the file: electron-builder reads CSC_LINK, APPLE_ID… from the environment.
    const text = await readFile(join(root, 'electron-builder.yml'), 'utf8');
    expect(text).not.toMatch(/cscLink|password|APPLE_ID|certificateFile/i);
    expect(config.publish).toBeNull();
    const pkg = JSON.parse(await readFile(join(root, 'package.json'), 'utf8')) as {
      dependencies: Record<string, string>;
      author?: string;
    };
    expect(Object.keys(pkg.dependencies)).not.toContain('electron-updater');
    // The MSI's Manufacturer.
    expect(pkg.author).toBe('Session Prep authors');
  });

  it('sets every fuse, each as docs/ARCHITECTURE.md says', async () => {
    const documented = await documentedFuses();
    expect(Object.keys(documented).sort()).toEqual([...fuseNames].sort());
    const { electronFuses } = (await load()) as { electronFuses?: Record<string, unknown> };
    expect(electronFuses).toEqual(documented);
    expect(documented).toMatchObject({
      runAsNode: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      enableCookieEncryption: true,
      grantFileProtocolExtraPrivileges: false,
    });
  });

  it('puts the command line into every package: the CLI in resources/cli and each platform’s wrapper', async () => {
    const config = await load();
    expect(config.extraResources).toEqual([{ from: 'dist/app-cli', to: 'cli' }]);
    expect(config.win?.extraFiles).toEqual([
      { from: 'packaging/windows', to: 'bin', filter: ['session-prep.cmd'] },
    ]);
    expect(config.mac?.extraResources).toEqual([
      { from: 'packaging/macos/session-prep', to: 'bin/session-prep' },
    ]);
    expect(config.linux?.extraFiles).toEqual([
      { from: 'packaging/linux/session-prep', to: 'bin/session-prep' },
    ]);
    expect(config.npmRebuild).toBe(false);
  });

  it('links /usr/bin/session-prep to the command line: electron-builder’s own deb scripts with one path changed', async () => {
    const config = await load();
    expect(config.deb).toMatchObject({
      afterInstall: 'packaging/linux/after-install.tpl',
      afterRemove: 'packaging/linux/after-remove.tpl',
    });
    const theirs = join(root, 'node_modules', 'app-builder-lib', 'templates', 'linux');
    for (const name of ['after-install.tpl', 'after-remove.tpl']) {
      const upstream = await readFile(join(theirs, name), 'utf8');
      const ours = await readFile(join(root, 'packaging', 'linux', name), 'utf8');
      const code = (text: string) => text.split('\n').filter((l) => !/^#( |$)/.test(l));
      const expected = code(upstream).map((l) =>
        l.replaceAll(
          "'/opt/${sanitizedProductName}/${executable}'",
          "'/opt/${sanitizedProductName}/bin/${executable}'",
        ),
      );
      // When electron-builder changes its template, this fails and ours is brought up to date.
      expect(code(ours), name).toEqual(expected);
      expect(ours).toContain("'/opt/${sanitizedProductName}/bin/${executable}'");
    }
  });

  it('points at a real 512×512 PNG icon', async () => {
    const png = await readFile(join(root, 'assets', 'icons', 'icon.png'));
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([512, 512]);
  });
});
