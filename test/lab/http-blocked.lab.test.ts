import { expect, it } from 'vitest';
import { describeLab, labHosts } from './harness/scenario';

describeLab(
  'verdict http_blocked: port 80 is answered by a block page, or redirected out of the vendor',
  {
    hosts: {
      [labHosts.web]: { http: 'blocked' },
      [labHosts.join]: { http: 'redirect-out' },
      [labHosts.downloads]: { http: 'redirect-in' },
    },
  },
  (s) => {
    it('proves http_blocked: a 403 page fails only that port, a redirect elsewhere too; a redirect into the vendor is ok', async () => {
      const out = await s.check();
      expect(out.exitCode).toBe(1);
      const blocked = out.check(`http:${labHosts.web}:80`);
      expect(blocked).toMatchObject({ status: 'fail', verdict: 'http_blocked' });
      expect(blocked.message).toContain('HTTP 403');
      expect(out.check(`tls:${labHosts.web}:443`).verdict).toBe('ok');
      const redirected = out.check(`http:${labHosts.join}:80`);
      expect(redirected).toMatchObject({ status: 'fail', verdict: 'http_blocked' });
      expect(redirected.message).toContain('portal.captive.example');
      expect(out.check(`http:${labHosts.downloads}:80`)).toMatchObject({
        status: 'pass',
        verdict: 'ok',
      });
    });
  },
);
