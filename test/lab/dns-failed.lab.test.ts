import { expect, it } from 'vitest';
import { expectSkipped } from './harness/expectations';
import { describeLab, labHosts } from './harness/scenario';

const host = labHosts.join;

// dnsmasq has no upstream for this name, so it answers REFUSED: a resolver that fails rather than one that says "no such name".
describeLab(
  'verdict dns_failed: the office DNS answers REFUSED',
  { dns: { [host]: 'refused' } },
  (s) => {
    it('proves dns_failed: the resolver answered with a failure, and the direct query names REFUSED', async () => {
      const out = await s.check();
      expect(out.exitCode).toBe(1);
      const dns = out.check(`dns:${host}`);
      expect(dns).toMatchObject({ status: 'fail', verdict: 'dns_failed' });
      expect(dns.message).toContain(host);
      // The OS resolver says EAI_AGAIN for any server failure; the message says the server's answer in
      // words, the codes stay in the detail (issue 15).
      expect(dns.message).toContain('refused to answer');
      expect(dns.message).not.toContain('EAI_AGAIN');
      expect(JSON.stringify(dns.detail)).toContain('EAI_AGAIN');
      expect(JSON.stringify(dns.detail)).toContain('EREFUSED');
      expectSkipped(out, [`tcp:${host}:443`], /could not be resolved/);
    });
  },
);
