import { expect, it } from 'vitest';
import { describeLab, labHosts } from './harness/scenario';

const host = labHosts.web;

// A certificate valid in every way but its dates: what a PC with a wrong clock sees everywhere.
describeLab(
  'verdict tls_clock_skew: the certificate is valid except for its dates',
  { hosts: { [host]: { tls: 'expired' } } },
  (s) => {
    it("proves tls_clock_skew: the message gives the validity and points at the PC's date", async () => {
      const out = await s.check();
      expect(out.exitCode).toBe(1);
      const tls = out.check(`tls:${host}:443`);
      expect(tls).toMatchObject({ status: 'fail', verdict: 'tls_clock_skew' });
      expect(tls.message).toMatch(/valid only from \d{4}-\d{2}-\d{2}/);
      expect(tls.message).toContain("PC's date");
    });
  },
);
