import { expect, it } from 'vitest';
import { describeLab, labHosts } from './harness/scenario';

describeLab(
  'verdict http_server_error: port 80 answers 503',
  { hosts: { [labHosts.web]: { http: 'error' } } },
  (s) => {
    it('proves http_server_error: a 5xx is a warn, so the PC is still ready (exit 0)', async () => {
      const out = await s.check();
      const c = out.check(`http:${labHosts.web}:80`);
      expect(c).toMatchObject({ status: 'warn', verdict: 'http_server_error' });
      expect(c.message).toContain('HTTP 503');
      expect(out.run.ready).toBe(true);
      expect(out.exitCode).toBe(0);
    });
  },
);
