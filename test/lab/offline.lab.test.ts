import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { detailOf } from '../../src/shared/check-result';
import { describeLab } from './harness/scenario';
import { runCheckOnPc } from './harness/run-cli';
import { PUBLIC_ROOTS_ENV } from '../../src/main/core/network/public-roots';

// The PC namespace keeps its address but loses its default route: not connected (issue 12).
describeLab('verdict offline: this PC has no route out', { isPcWithoutRoute: true }, (s) => {
  it('proves offline: the connectivity check fails first, and no DNS or TCP problem is reported', async () => {
    const out = await s.check([], { only: 'all' });
    expect(out.exitCode).toBe(1);
    const c = out.check('connectivity');
    expect(c).toMatchObject({ kind: 'connectivity', status: 'fail', verdict: 'offline' });
    expect(c.message).toBe(
      'This PC is not connected to a network: it has no route out (no default route for IPv4 or IPv6).',
    );
    expect(detailOf(c, 'connectivity')).toMatchObject({
      routeOut: { ipv4: false, ipv6: false },
      defaultRoutes: [],
      interfaces: [{ name: 'lan0', addresses: expect.arrayContaining(['10.50.1.2']) }],
    });
    const vendor = out.run.checks.filter((x) =>
      ['dns', 'tcp', 'tls', 'websocket', 'http', 'bandwidth'].includes(x.kind),
    );
    expect(vendor.length).toBeGreaterThan(10);
    for (const x of vendor)
      expect({ id: x.id, status: x.status, message: x.message }).toEqual({
        id: x.id,
        status: 'skipped',
        message: 'Not tested: this PC is not connected to a network.',
      });
    // No check blames a firewall or proxy.
    expect(out.run.checks.filter((x) => x.status === 'fail').map((x) => x.id)).toEqual([
      'connectivity',
    ]);
    expect(JSON.stringify(out.run.checks.map((x) => [x.message, x.fix]))).not.toMatch(
      /firewall|proxy/i,
    );
  });

  it('says so in the report’s headline and path picture, in both languages, never a blocked network', async () => {
    const lab = s.lab();
    const env = { [PUBLIC_ROOTS_ENV]: lab.vendorCaPath };
    const expected = {
      en: [
        'This PC is not connected to a network, so nothing else could be checked.',
        'This PC is not connected to a network: nothing beyond it could be checked.',
      ],
      ja: [
        'この PC はネットワークに接続されていないため、ほかの項目は確認できませんでした。',
        'この PC はネットワークに接続されていないため、その先は確認できませんでした。',
      ],
    } as const;
    for (const lang of ['en', 'ja'] as const) {
      const file = join(lab.dir, `report-${lang}.html`);
      const out = await runCheckOnPc(
        lab,
        ['--only', 'network', '--lang', lang, '--report', file],
        env,
      );
      expect(out.run.checks[0]?.verdict).toBe('offline');
      const page = await readFile(file, 'utf8');
      for (const sentence of expected[lang]) expect(page).toContain(sentence);
      // The path picture names its stops ("Office network and firewall"), but nothing blames one.
      expect(page.includes('stops at: Office network')).toBe(false);
      expect(/firewall probably|a firewall or proxy|ファイアウォールで/i.test(page)).toBe(false);
    }
  });
});
