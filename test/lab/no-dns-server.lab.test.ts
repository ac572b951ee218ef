import { expect, it } from 'vitest';
import { detailOf } from '../../src/shared/check-result';
import { describeLab, labHosts } from './harness/scenario';

// The PC's resolv.conf names no server (DHCP gave none): no name can be looked up (issue 12).
describeLab(
  'verdict no_dns_server: no DNS server is configured on this PC',
  { pcResolvConf: 'options timeout:1 attempts:1\n', squid: { deniedHosts: [] } },
  (s) => {
    it('proves no_dns_server: a fail before any chain; the direct chains are skipped with that reason', async () => {
      const out = await s.check();
      expect(out.exitCode).toBe(1);
      const c = out.check('connectivity');
      expect(c).toMatchObject({ status: 'fail', verdict: 'no_dns_server' });
      expect(c.message).toBe(
        'This PC has no DNS server configured, so it cannot look up any name.',
      );
      expect(detailOf(c, 'connectivity')).toMatchObject({
        dnsServers: [],
        routeOut: { ipv4: true },
      });
      for (const id of [
        `dns:${labHosts.web}`,
        `tcp:${labHosts.web}:443`,
        `tls:${labHosts.web}:443`,
      ])
        expect(out.check(id)).toMatchObject({
          status: 'skipped',
          message: 'Not tested: this PC has no DNS server configured.',
        });
      expect(out.run.checks.filter((x) => x.status === 'fail').map((x) => x.id)).toEqual([
        'connectivity',
      ]);
    });

    it('behind a proxy (which resolves names itself) it only warns, and the checks go through the proxy', async () => {
      const lab = s.lab();
      const out = await s.check(['--proxy', lab.proxyUrl('open')]);
      expect(out.check('connectivity')).toMatchObject({ status: 'warn', verdict: 'no_dns_server' });
      expect(out.check(`tls:${labHosts.web}:443`).verdict).toBe('ok');
      expect(out.run.ready).toBe(true);
      expect(out.exitCode).toBe(0);
    });
  },
);
