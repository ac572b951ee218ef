import { runToCompletion } from '../../../../test/fixtures/processes';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ProxyDecision } from './proxy-decision';
import { proxyResolverForRun } from './proxy-for-run';

// The PC's own settings are GNOME's here: real gsettings with its keyfile backend in a temporary home.
let env: NodeJS.ProcessEnv;
let home: string;
beforeEach(async () => {
  home = await mkdtemp(join(tmpdir(), 'sp-run-proxy-'));
  env = { PATH: process.env.PATH, HOME: home, XDG_CONFIG_HOME: home, GSETTINGS_BACKEND: 'keyfile' };
  for (const [schema, key, value] of [
    ['org.gnome.system.proxy', 'mode', "'manual'"],
    ['org.gnome.system.proxy.https', 'host', "'system.corp'"],
    ['org.gnome.system.proxy.https', 'port', '3128'],
  ] as const)
    runToCompletion('gsettings', ['set', schema, key, value], { env });
});
afterEach(() => rm(home, { recursive: true, force: true }));

const tls = { host: 'assist.zoho.com', port: 443, protocol: 'tls' } as const;
const shown = (d: ProxyDecision) => (d.kind === 'proxy' ? `${d.source} ${d.url.host}` : d.kind);
const run = (o: { flagUrl?: string; env?: NodeJS.ProcessEnv } = {}) =>
  proxyResolverForRun({
    env: { ...env, ...o.env },
    platform: 'linux',
    ...(o.flagUrl ? { flagUrl: o.flagUrl } : {}),
    chromium: async () => 'PROXY chromium.corp:1',
    lang: 'en',
    timeoutMs: 2000,
  });

describe('the proxy of a check run', () => {
  it('takes --proxy, then the environment, then the OS settings, then Chromium', async () => {
    expect(shown(await (await run({ flagUrl: 'http://flag.corp:1' }))(tls))).toBe(
      'flag flag.corp:1',
    );
    expect(shown(await (await run({ env: { HTTPS_PROXY: 'env.corp:2' } }))(tls))).toBe(
      'env env.corp:2',
    );
    expect(shown(await (await run())(tls))).toBe('system system.corp:3128');
    runToCompletion('gsettings', ['set', 'org.gnome.system.proxy', 'mode', "'none'"], { env });
    expect(shown(await (await run())(tls))).toBe('chromium chromium.corp:1');
  });
});
