import { expect, it } from 'vitest';
import { describeLab, labHosts } from './harness/scenario';

const host = labHosts.web;

// Port 443 answers, but not with TLS (a plain-text banner): the handshake fails for a reason that is neither
// trust, name nor date.
describeLab(
  'verdict tls_failed: port 443 speaks something other than TLS',
  { hosts: { [host]: { tls: 'not-tls' } } },
  (s) => {
    it('proves tls_failed: the handshake fails, with the OpenSSL reason kept', async () => {
      const out = await s.check();
      expect(out.exitCode).toBe(1);
      const tls = out.check(`tls:${host}:443`);
      expect(tls).toMatchObject({ status: 'fail', verdict: 'tls_failed' });
      expect(tls.message).toContain('secure connection');
      expect(tls.message).toContain('failed');
      expect(JSON.stringify(tls.detail)).toMatch(/SSL|ssl/);
    });
  },
);
