import { expect, it } from 'vitest';
import { describeLab, labHosts } from './harness/scenario';

const host = labHosts.web;

describeLab(
  'verdict tls_untrusted: a host presents a self-signed certificate',
  { hosts: { [host]: { tls: 'untrusted' } } },
  (s) => {
    it('proves tls_untrusted: not trusted, and the detail names the certificate seen (issuer, SHA-256)', async () => {
      const out = await s.check();
      expect(out.exitCode).toBe(1);
      const tls = out.check(`tls:${host}:443`);
      expect(tls).toMatchObject({ status: 'fail', verdict: 'tls_untrusted' });
      expect(tls.message).toContain('not trusted');
      expect(tls.message).toContain('Unknown Device');
      expect(JSON.stringify(tls.detail)).toMatch(/[0-9A-F]{2}(:[0-9A-F]{2}){31}|[0-9a-f]{64}/);
      expect(out.check(`tcp:${host}:443`).verdict).toBe('ok');
    });
  },
);
