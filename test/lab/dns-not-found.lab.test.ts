import { expect, it } from 'vitest';
import { expectOthersPass, expectSkipped } from './harness/expectations';
import { describeLab, labHosts } from './harness/scenario';

const host = labHosts.join;

describeLab(
  'verdict dns_not_found: the office DNS answers NXDOMAIN',
  { dns: { [host]: 'nxdomain' } },
  (s) => {
    it('proves dns_not_found: the name does not exist, the chain behind it is skipped, not ready (exit 1)', async () => {
      const out = await s.check();
      expect(out.exitCode).toBe(1);
      expect(out.run.ready).toBe(false);
      const dns = out.check(`dns:${host}`);
      expect(dns).toMatchObject({ status: 'fail', verdict: 'dns_not_found' });
      expect(dns.message).toContain(host);
      expect(dns.message).toContain('does not exist');
      expect(JSON.stringify(dns.detail)).toContain('ENOTFOUND');
      expectSkipped(
        out,
        [`tcp:${host}:443`, `tls:${host}:443`, `tcp:${host}:80`, `http:${host}:80`],
        /could not be resolved/,
      );
      expectOthersPass(out, (id) => id.includes(host));
    });
  },
);
