import { execFile, execFileSync } from 'node:child_process';
import { copyFile, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkRunSchema, type CheckRun } from '../../src/shared/check-result';
import { buildAppCli, targets } from '../../scripts/build';
import { startConnectProxy, type ProxyFixture } from '../fixtures/connect-proxy';
import { startHttpServer, type HttpFixture } from '../fixtures/http-server';
import { networkCatalog, tcpPort } from '../fixtures/network-run';
import { listenTracked, type RunningServer } from '../fixtures/running-server';

// The PAC worker is a module of its own in the bundles: the CLI that `npm run build` writes
// (dist/cli/session-prep.js, run through bin/session-prep.js as once installed) must evaluate a PC's
// PAC on that thread; so must the self-contained one the installed app carries (resources/cli, built as
// dist/app-cli), whose PAC engine finds quickjs.wasm by its own layout. Linux reads the PC's settings from GNOME: real gsettings with the keyfile backend.

const root = join(import.meta.dirname, '..', '..');
const run = promisify(execFile);
const vendorHost = 'vendor.pac-bundle.example';

function hasGsettings(): boolean {
  try {
    execFileSync('gsettings', ['list-keys', 'org.gnome.system.proxy'], { stdio: 'ignore' });
    return true;
  } catch {
    process.stderr.write(
      'cli-bundle-pac.test.ts: gsettings or the org.gnome.system.proxy schema is missing (libglib2.0-bin, gsettings-desktop-schemas): skipped\n',
    );
    return false;
  }
}

describe.skipIf(!hasGsettings())('the bundled CLI evaluates the PC’s PAC on its worker', () => {
  let dir: string;
  let env: NodeJS.ProcessEnv;
  let catalogPath: string;
  let vendor: RunningServer;
  let proxy: ProxyFixture;
  let pacServer: HttpFixture;

  beforeAll(async () => {
    await targets.cli();
    dir = await mkdtemp(join(tmpdir(), 'sp-bundle-pac-'));
    vendor = await listenTracked(createServer((s) => s.end()));
    proxy = await startConnectProxy({ hostMap: { [vendorHost]: '127.0.0.1' } });
    // Only the vendor's domain goes through the proxy: an answer that only evaluating the script gives.
    pacServer = await startHttpServer({
      body: `function FindProxyForURL(url, host) {
  if (dnsDomainIs(host, ".pac-bundle.example")) return "PROXY 127.0.0.1:${proxy.port}";
  return "DIRECT";
}`,
    });
    catalogPath = join(dir, 'catalog.json');
    await writeFile(
      catalogPath,
      JSON.stringify(networkCatalog([{ host: vendorHost, ports: [tcpPort(vendor.port)] }])),
    );
    const gnome = { GSETTINGS_BACKEND: 'keyfile', XDG_CONFIG_HOME: join(dir, 'config') };
    await mkdir(gnome.XDG_CONFIG_HOME, { recursive: true });
    const pacUrl = `http://127.0.0.1:${pacServer.port}/proxy.pac`;
    for (const [key, value] of [
      ['mode', 'auto'],
      ['autoconfig-url', pacUrl],
    ] as const)
      await run('gsettings', ['set', 'org.gnome.system.proxy', key, value], {
        env: { ...process.env, ...gnome },
      });
    const noProxyVars = Object.entries(process.env).filter(
      ([k]) => !/^(https?_proxy|no_proxy|all_proxy)$/i.test(k),
    );
    env = { ...Object.fromEntries(noProxyVars), ...gnome };
  }, 60_000);

  afterAll(async () => {
    await Promise.all([vendor?.close(), proxy?.close(), pacServer?.close()]);
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  const check = async (script: string): Promise<{ code: number; run: CheckRun }> => {
    const args = [script, 'check', '--catalog', catalogPath, '--only', 'network', '--json'];
    const out = await run(process.execPath, [...args, '--lang', 'en'], { cwd: root, env }).then(
      (r) => ({ code: 0, stdout: r.stdout }),
      (e: { code: number; stdout: string }) => ({ code: e.code, stdout: e.stdout }),
    );
    return { code: out.code, run: checkRunSchema.parse(JSON.parse(out.stdout)) };
  };

  it('sends the vendor through the proxy the script names, and the CONNECT goes there', async () => {
    const { code, run: result } = await check(join(root, 'bin', 'session-prep.js'));
    expect(result.proxy).toEqual({ url: `http://127.0.0.1:${proxy.port}`, source: 'pac' });
    const tcp = result.checks.find((c) => c.id === `tcp:${vendorHost}:${vendor.port}`);
    expect(tcp).toMatchObject({ status: 'pass', verdict: 'ok' });
    expect(tcp?.detail).toMatchObject({ via: 'CONNECT', proxy: `http://127.0.0.1:${proxy.port}` });
    expect(proxy.seen).toContain(`${vendorHost}:${vendor.port}`);
    expect(pacServer.requests.map((r) => r.url)).toEqual(['/proxy.pac']);
    expect(code).toBe(0);
  }, 60_000);

  it('the installed app’s self-contained CLI (no node_modules anywhere near it) does the same', async () => {
    // Outside the repository, so nothing can resolve from its node_modules.
    const appCli = join(dir, 'app-cli');
    await buildAppCli(appCli);
    const { code, run: result } = await check(join(appCli, 'dist', 'session-prep.mjs'));
    expect(result.proxy).toEqual({ url: `http://127.0.0.1:${proxy.port}`, source: 'pac' });
    expect(result.checks.find((c) => c.id === `tcp:${vendorHost}:${vendor.port}`)).toMatchObject({
      status: 'pass',
      detail: { via: 'CONNECT' },
    });
    expect(code).toBe(0);
  }, 60_000);

  it('without the worker file beside it, the same bundle cannot answer: it is that file that runs', async () => {
    // Under node_modules, as the lab's bundles are, so the bundle's packages still resolve.
    const alone = join(root, 'node_modules', '.cache', `sp-bundle-pac-${process.pid}`);
    await mkdir(alone, { recursive: true });
    try {
      await copyFile(join(root, 'dist', 'cli', 'session-prep.js'), join(alone, 'session-prep.mjs'));
      const { code, run: result } = await check(join(alone, 'session-prep.mjs'));
      const pac = result.checks.find((c) => c.id === `proxy:pac:${vendorHost}`);
      expect(pac).toMatchObject({
        status: 'fail',
        verdict: 'pac_failed',
        detail: { stage: 'run' },
      });
      expect(JSON.stringify(pac?.detail)).toContain(join(alone, 'pac-worker.mjs'));
      expect(code).toBe(1);
    } finally {
      await rm(alone, { recursive: true, force: true });
    }
  }, 60_000);
});
