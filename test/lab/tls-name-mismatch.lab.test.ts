import { expect, it } from 'vitest';
import { describeLab, labHosts } from './harness/scenario';

const host = labHosts.web;

describeLab(
  'verdict tls_name_mismatch: a captive portal answers with its own certificate',
  { hosts: { [host]: { tls: 'wrong-name' } } },
  (s) => {
    it('proves tls_name_mismatch: the certificate belongs to another name, which the message names', async () => {
      const out = await s.check();
      expect(out.exitCode).toBe(1);
      const tls = out.check(`tls:${host}:443`);
      expect(tls).toMatchObject({ status: 'fail', verdict: 'tls_name_mismatch' });
      expect(tls.message).toContain('portal.hotel-wifi.example');
      expect(tls.message).toContain('another name');
    });
  },
);
