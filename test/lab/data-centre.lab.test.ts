import { expect, it } from 'vitest';
import { describeLab, labHosts } from './harness/scenario';

const euHosts = [
  'assist.zoho-eu.lab.test',
  'join.zoho-eu.lab.test',
  'eu1-dms.zoho-eu.lab.test',
  'eu2-dms.zoho-eu.lab.test',
];

// Every EU host is dropped by the office firewall. The invitation decides which data centre matters
// (issue 12): a US customer must not be told about Europe, an EU customer must be.
describeLab(
  'the data centre that matters: a US invitation requires no EU host',
  {
    firewall: euHosts.flatMap((host) => [
      { host, port: 443, action: 'drop' as const },
      { host, port: 80, action: 'drop' as const },
    ]),
  },
  (s) => {
    it('a US invitation: ready, no EU host checked, each named in notTested with the reason', async () => {
      const out = await s.check(['--join', `https://${labHosts.join}/assist-join?key=123456789`]);
      expect(out.exitCode).toBe(0);
      expect(out.run.ready).toBe(true);
      expect(out.run.dataCentre).toEqual({ region: 'us', source: 'invitation' });
      expect(out.run.checks.some((c) => euHosts.includes(c.target?.host ?? ''))).toBe(false);
      expect(out.run.notTested).toContain(
        'assist.zoho-eu.lab.test: not checked; it belongs to the eu data centre, and this check covers us (the data centre of the invitation). --all-regions checks every data centre.',
      );
      const web = out.check(`tls:${labHosts.web}:443`);
      expect(web.verdict).toBe('ok');
      // Required: the result carries `required` only when it is false.
      expect(web.required).toBeUndefined();
    });

    it('no invitation: the catalog’s defaultRegion (us) decides the same way', async () => {
      const out = await s.check();
      expect(out.exitCode).toBe(0);
      expect(out.run.dataCentre).toEqual({ region: 'us', source: 'default' });
    });

    it('an EU invitation requires the EU web host: not ready, and no US host is checked', async () => {
      const out = await s.check(['--join', 'https://assist.zoho-eu.lab.test/join?key=123456789']);
      expect(out.exitCode).toBe(1);
      expect(out.check('tcp:assist.zoho-eu.lab.test:443')).toMatchObject({
        status: 'fail',
        verdict: 'tcp_timeout',
      });
      // Unconfirmed hosts stay optional even for their own data centre.
      expect(out.check('tcp:join.zoho-eu.lab.test:443').status).toBe('warn');
      expect(out.run.checks.some((c) => c.target?.host === labHosts.web)).toBe(false);
    });

    it('--all-regions checks them all, other data centres only as warnings', async () => {
      const out = await s.check(['--all-regions']);
      expect(out.exitCode).toBe(0);
      expect(out.check('tcp:assist.zoho-eu.lab.test:443').status).toBe('warn');
      expect(out.run.notTested ?? []).toEqual([]);
    });

    it('a refused invitation exits 2 with the reason, before anything runs', async () => {
      await expect(s.check(['--join', 'https://evil.example/join?key=123456789'])).rejects.toThrow(
        /the CLI printed no JSON \(exit 2\): session-prep check: --join: /,
      );
    });
  },
);
