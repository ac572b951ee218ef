import { expect, it } from 'vitest';
import { describeLab, labHosts } from './harness/scenario';

describeLab(
  'verdict dns_timeout: the office firewall drops DNS (port 53)',
  { isDnsDropped: true },
  (s) => {
    it('proves dns_timeout: no DNS server answers, for every name, within about one step limit', async () => {
      const out = await s.check();
      expect(out.exitCode).toBe(1);
      const dns = out.run.checks.filter((c) => c.kind === 'dns');
      // The US data centre and the global hosts: the default region decides (issue 12).
      expect(dns.length).toBe(8);
      for (const c of dns)
        expect({ id: c.id, verdict: c.verdict }).toEqual({ id: c.id, verdict: 'dns_timeout' });
      const web = out.check(`dns:${labHosts.web}`);
      expect(web.status).toBe('fail');
      expect(web.message).toContain('No DNS server answered');
      expect(web.message).toContain(labHosts.web);
      // Dropped DNS costs one limit, not one per name: the names are resolved concurrently.
      expect(out.run.durationMs).toBeLessThan(5000);
    });
  },
);
