import { listPackage } from '@electron/asar';
import { FuseV1Options, FuseVersion, flipFuses } from '@electron/fuses';
import { execFile } from 'node:child_process';
import {
  chmod,
  cp,
  mkdir,
  mkdtemp,
  readFile,
  rm,
  stat,
  symlink,
  writeFile,
} from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { getEffectiveOptions } from 'app-builder-lib/out/options/CommonWindowsInstallerConfiguration';
import { Arch, build, Platform, type AfterPackContext } from 'electron-builder';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildAppCli, targets } from '../../scripts/build';
import { checkRunSchema } from '../../src/shared/check-result';
import { appPageUrl, decideAppRequest } from '../../src/main/core/shell-guards/app-protocol';
import { ensureRenderer } from '../../src/main/web/ensure-renderer';
import { writeElectronDist } from './electron-stand-in';
import { documentedFuses, fusesOfBinary } from './fuses';

// The packages built offline, as far as electron-builder goes without network: a stand-in Electron
// (electron-stand-in.ts: a real fuse wire, Node behind ELECTRON_RUN_AS_NODE), the Linux and Windows
// directories, and the MSI's WiX project as electron-builder writes it. The Linux package's `session-prep`
// is then run for real; the Windows and macOS wrappers are checked against the layout they run in.

const root = join(import.meta.dirname, '..', '..');
const run = promisify(execFile);
const electronVersion = '45.4.1';

interface Outcome {
  code: number;
  stdout: string;
  stderr: string;
}

async function runIt(file: string, args: string[], env: NodeJS.ProcessEnv = process.env) {
  return run(file, args, { env, maxBuffer: 16 * 1024 * 1024 }).then(
    (r): Outcome => ({ code: 0, stdout: r.stdout, stderr: r.stderr }),
    (e: { code?: unknown; stdout?: string; stderr?: string }): Outcome => ({
      code: typeof e.code === 'number' ? e.code : -1,
      stdout: e.stdout ?? '',
      stderr: e.stderr ?? '',
    }),
  );
}

let dir: string;
let linuxApp: string;
let winApp: string;
let msiProject: string;

type MsiTargetClass = typeof import('app-builder-lib/out/targets/MsiTarget').default;

// CommonJS seen from ESM: the class is `default`, sometimes `default.default`.
function unwrapDefault(module: unknown): MsiTargetClass {
  let value: unknown = module;
  while (typeof value === 'object' && value !== null && 'default' in value)
    value = (value as { default: unknown }).default;
  if (typeof value !== 'function') throw new Error('app-builder-lib has no MsiTarget class');
  return value as MsiTargetClass;
}

// The MSI target itself needs WiX (downloaded) and Wine; the project file it compiles is electron-builder's
// own writeManifest on the real configuration. The icon is left out only because converting it downloads
// a tool.
async function writeMsiProject(context: AfterPackContext): Promise<void> {
  // Imported once electron-builder is loaded: the target module is part of its import cycle.
  const module: unknown = await import('app-builder-lib/out/targets/MsiTarget');
  const MsiTarget = unwrapDefault(module);
  const packager = context.packager as unknown as ConstructorParameters<typeof MsiTarget>[0];
  const target = new MsiTarget(packager, context.outDir);
  Object.assign(packager, { getIconPath: () => Promise.resolve(null) });
  const options = getEffectiveOptions(
    (target as unknown as { options: Parameters<typeof getEffectiveOptions>[0] }).options,
    packager,
  );
  const manifest = await (
    target as unknown as {
      writeManifest(appOutDir: string, arch: Arch, o: typeof options): Promise<string>;
    }
  ).writeManifest(context.appOutDir, Arch.x64, options);
  await writeFile(msiProject, manifest);
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'sp-pack-'));
  const electronDist = join(dir, 'electron-dist');
  await writeElectronDist(electronDist, electronVersion);
  const built = await ensureRenderer(root);
  expect(built.ok).toBe(true);
  await targets.shell();
  await buildAppCli();
  const out = join(dir, 'release');
  msiProject = join(dir, 'project.wxs');
  process.env.CI = '1';
  await build({
    projectDir: root,
    targets: Platform.LINUX.createTarget(['dir'], Arch.x64),
    publish: 'never',
    config: { electronDist, directories: { output: out } },
  });
  linuxApp = join(out, 'linux-unpacked');
  // The stand-in is no PE file: electron-builder cannot edit its resources (icon, version, the asar hash).
  await build({
    projectDir: root,
    targets: Platform.WINDOWS.createTarget(['dir'], Arch.x64),
    publish: 'never',
    config: {
      electronDist,
      directories: { output: out },
      disableAsarIntegrity: true,
      win: { signAndEditExecutable: false },
      afterPack: writeMsiProject,
    },
  });
  winApp = join(out, 'win-unpacked');
}, 180_000);

afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe('the Linux package directory', () => {
  it('packs the bundles and the runtime dependencies into app.asar, and nothing else of ours', async () => {
    const files = listPackage(join(linuxApp, 'resources', 'app.asar'), { isPack: false });
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
      ours.filter(
        (f) =>
          f.endsWith('.map') ||
          f.startsWith('/src') ||
          f.startsWith('/test') ||
          f.startsWith('/dist/app-cli'),
      ),
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
    // npmRebuild is off because there is nothing native to rebuild.
    expect(files.filter((f) => f.endsWith('.node'))).toEqual([]);
    expect(files.some((f) => f.includes('electron-updater'))).toBe(false);
  });

  it('has the fuses docs/ARCHITECTURE.md lists, flipped in the binary itself', async () => {
    expect(await fusesOfBinary(join(linuxApp, 'session-prep'))).toEqual(await documentedFuses());
  });

  it('serves the packaged page from app://session-prep/: every file index.html names is one the scheme serves', async () => {
    const files = listPackage(join(linuxApp, 'resources', 'app.asar'), { isPack: false });
    const page = await readFile(join(root, 'dist', 'renderer', 'index.html'), 'utf8');
    const referenced = [...page.matchAll(/(?:src|href)="\.\/([^"]+)"/g)].map((m) => m[1] ?? '');
    expect(referenced.length).toBeGreaterThan(0);
    for (const name of referenced) {
      const decision = decideAppRequest({
        url: new URL(name, appPageUrl).href,
        method: 'GET',
        initiatorOrigin: 'app://session-prep',
      });
      expect(decision, name).toMatchObject({ serve: true, relativePath: name });
      expect(files).toContain(`/dist/renderer/${name}`);
    }
    const main = await readFile(join(root, 'dist', 'shell', 'main.mjs'), 'utf8');
    expect(main).toContain('registerSchemesAsPrivileged');
    expect(main).not.toMatch(/loadFile\(|pathToFileURL\([^)]*index\.html/);
  });

  it('carries the command line and its runtime: bin/session-prep, the CLI in resources/cli, the Electron binary', async () => {
    for (const file of [
      'bin/session-prep',
      'session-prep',
      'resources/cli/dist/session-prep.mjs',
      'resources/cli/dist/pac-worker.mjs',
      'resources/cli/quickjs.wasm',
      'resources/cli/dist/renderer/index.html',
      'resources/cli/package.json',
    ])
      expect((await stat(join(linuxApp, file))).isFile(), file).toBe(true);
    expect((await stat(join(linuxApp, 'bin', 'session-prep'))).mode & 0o111).toBe(0o111);
  });

  it('runs the packaged `session-prep check --only system --json` with the packaged runtime', async () => {
    // A browser on PATH that records what it inherits: the CLI must not hand ELECTRON_RUN_AS_NODE down.
    const fakeBin = join(dir, 'fake-bin');
    await mkdir(fakeBin, { recursive: true });
    const seen = join(dir, 'browser-env.txt');
    await writeFile(
      join(fakeBin, 'google-chrome'),
      `#!/bin/sh\necho "ELECTRON_RUN_AS_NODE=\${ELECTRON_RUN_AS_NODE-unset}" > '${seen}'\necho "Google Chrome 131.0.6778.85"\n`,
    );
    await chmod(join(fakeBin, 'google-chrome'), 0o755);
    const env = { ...process.env, PATH: `${fakeBin}:${process.env.PATH ?? ''}` };
    const out = await runIt(
      join(linuxApp, 'bin', 'session-prep'),
      ['check', '--only', 'system', '--json', '--lang', 'en'],
      env,
    );
    const result = checkRunSchema.parse(JSON.parse(out.stdout));
    expect(result.tool).toEqual({ name: 'session-prep', version: expect.any(String) });
    expect(result.checks.map((c) => c.kind)).toEqual(expect.arrayContaining(['os', 'browser']));
    expect(result.checks.some((c) => c.kind === 'tcp')).toBe(false);
    // The exit code says what `ready` says, as the CLI's contract does.
    expect(out.code).toBe(result.ready ? 0 : 1);
    const browser = result.checks.find((c) => c.id === 'browser:chrome');
    expect(JSON.stringify(browser?.detail)).toContain('131.0.6778.85');
    expect(await readFile(seen, 'utf8')).toBe('ELECTRON_RUN_AS_NODE=unset\n');
  }, 60_000);

  it('runs `link` from the package: the same JSON, and exit 2 with a sentence for a refused link', async () => {
    const wrapper = join(linuxApp, 'bin', 'session-prep');
    const ok = await runIt(wrapper, ['link', '123 456 789', '--json']);
    expect(ok.code).toBe(0);
    expect(JSON.parse(ok.stdout)).toEqual({
      url: expect.stringMatching(/^https:\/\/[a-z.]+zoho\.com\/.*key=123456789/),
      key: '123456789',
      dataCentre: null,
    });
    const bad = await runIt(wrapper, [
      'link',
      'https://evil.example/join?key=123456789',
      '--lang',
      'ja',
    ]);
    expect(bad.code).toBe(2);
    expect(bad.stdout).toBe('');
    expect(bad.stderr).toMatch(/^session-prep link: .*evil\.example/);
    expect(bad.stderr).not.toMatch(/\n\s+at /);
  });

  it('works through the link the deb puts in /usr/bin (a chain of links, as update-alternatives makes)', async () => {
    const links = join(dir, 'links');
    await mkdir(links, { recursive: true });
    await symlink(join(linuxApp, 'bin', 'session-prep'), join(links, 'alternative'));
    await symlink('alternative', join(links, 'session-prep'));
    const out = await runIt(join(links, 'session-prep'), ['link', '123456789', '--json']);
    expect(out.code).toBe(0);
    expect(JSON.parse(out.stdout)).toMatchObject({ key: '123456789' });
  });

  it('needs the runAsNode fuse: with it off, the same wrapper only starts the app, and runs nothing', async () => {
    const copy = join(dir, 'fuse-off');
    await cp(linuxApp, copy, { recursive: true });
    await flipFuses(join(copy, 'session-prep'), {
      version: FuseVersion.V1,
      [FuseV1Options.RunAsNode]: false,
    });
    const out = await runIt(join(copy, 'bin', 'session-prep'), ['link', '123456789', '--json']);
    expect(out.code).toBe(86);
    expect(out.stdout).toBe('');
    // And the app binary itself, started without the variable, is the app, not Node.
    const app = await runIt(join(linuxApp, 'session-prep'), ['-e', 'console.log(1)']);
    expect(app.code).toBe(86);
  });
});

describe('the Windows package directory and its MSI', () => {
  it('has bin\\session-prep.cmd, which runs the packaged CLI with Session Prep.exe as Node, exit code kept', async () => {
    const cmd = await readFile(join(winApp, 'bin', 'session-prep.cmd'), 'utf8');
    expect(cmd.endsWith('\r\n')).toBe(true);
    expect(cmd.split('\r\n').some((l) => l.includes('\n'))).toBe(false);
    const code = cmd.split('\r\n').filter((l) => l !== '' && !/^rem /i.test(l));
    expect(code).toEqual([
      '@echo off',
      'setlocal',
      'set ELECTRON_RUN_AS_NODE=1',
      '"%~dp0..\\Session Prep.exe" "%~dp0..\\resources\\cli\\dist\\session-prep.mjs" %*',
      'exit /b %ERRORLEVEL%',
    ]);
    // %~dp0 is the folder of the .cmd (bin\, with its backslash): each path it names is in the package.
    const named = [...(code[3] ?? '').matchAll(/"%~dp0([^"]+)"/g)].map((m) => m[1] ?? '');
    expect(named).toHaveLength(2);
    for (const relative of named) {
      const path = join(winApp, 'bin', ...relative.split('\\'));
      expect((await stat(path)).isFile(), relative).toBe(true);
    }
    expect(await fusesOfBinary(join(winApp, 'Session Prep.exe'))).toEqual(await documentedFuses());
  });

  it('makes an MSI project that installs per machine into Program Files, with the command, and starts nothing', async () => {
    const wxs = await readFile(msiProject, 'utf8');
    expect(wxs).toContain('<Property Id="ALLUSERS" Secure="yes" Value="1"/>');
    expect(wxs).toContain('<Directory Id="ProgramFiles64Folder">');
    expect(wxs).toContain('UpgradeCode="F79BB2F1-4134-40A2-B5C1-8E3FDF8F1300"');
    expect(wxs).toContain('Manufacturer="Session Prep authors"');
    expect(wxs).not.toContain('runAfterFinish');
    expect(wxs).not.toContain('desktopShortcut');
    expect(wxs).toContain('startMenuShortcut');
    for (const file of [
      'Session Prep.exe',
      'bin/session-prep.cmd',
      'resources/cli/dist/session-prep.mjs',
      'resources/cli/dist/pac-worker.mjs',
      'resources/cli/quickjs.wasm',
      'resources/app.asar',
    ])
      expect(wxs, file).toContain(`Source="$(var.appDir)/${file}"`);
  });
});

describe('the macOS wrapper, in the app bundle’s layout', () => {
  it('runs the CLI in Contents/Resources/cli with Contents/MacOS/Session Prep, also through a link', async () => {
    // electron-builder cannot make a .app on Linux without a real Electron.app; the layout is the one
    // electron-builder.yml asks for (mac.extraResources, extraResources), the wrapper is the file it copies.
    const app = join(dir, 'Session Prep.app', 'Contents');
    await mkdir(join(app, 'MacOS'), { recursive: true });
    await cp(join(linuxApp, 'session-prep'), join(app, 'MacOS', 'Session Prep'));
    await mkdir(join(app, 'Resources', 'bin'), { recursive: true });
    await cp(
      join(root, 'packaging', 'macos', 'session-prep'),
      join(app, 'Resources', 'bin', 'session-prep'),
    );
    await cp(join(root, 'dist', 'app-cli'), join(app, 'Resources', 'cli'), { recursive: true });
    const link = join(dir, 'usr-local-bin-session-prep');
    await symlink(join(app, 'Resources', 'bin', 'session-prep'), link);
    for (const wrapper of [join(app, 'Resources', 'bin', 'session-prep'), link]) {
      const out = await runIt(wrapper, ['link', '123456789', '--json']);
      expect(out.code, wrapper).toBe(0);
      expect(JSON.parse(out.stdout)).toMatchObject({ key: '123456789' });
    }
  });
});
