import { expect, it } from 'vitest';
import { expectSkipped } from './harness/expectations';
import { describeLab, labHosts } from './harness/scenario';

const host = labHosts.join;

describeLab(
  'verdict dns_blocked: the office DNS filter answers with a sinkhole (0.0.0.0 / ::)',
  { dns: { [host]: 'sinkhole' } },
  (s) => {
    it('proves dns_blocked: the answer is 0.0.0.0, which the message names, and nothing connects to it', async () => {
      const out = await s.check();
      expect(out.exitCode).toBe(1);
      const dns = out.check(`dns:${host}`);
      expect(dns).toMatchObject({ status: 'fail', verdict: 'dns_blocked' });
      expect(dns.message).toContain('0.0.0.0');
      expect(dns.message).toContain('blocks the name');
      expectSkipped(out, [`tcp:${host}:443`, `tcp:${host}:80`], /could not be resolved/);
    });
  },
);
