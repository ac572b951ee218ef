import { expect, it } from 'vitest';
import { expectSkipped } from './harness/expectations';
import { describeLab, labHosts } from './harness/scenario';

const host = labHosts.join;

describeLab(
  'verdict tcp_refused: the office firewall rejects port 443 with a TCP reset',
  { firewall: [{ host, port: 443, action: 'reset' }] },
  (s) => {
    it('proves tcp_refused: refused at once (ECONNREFUSED), not after a timeout', async () => {
      const out = await s.check();
      expect(out.exitCode).toBe(1);
      const tcp = out.check(`tcp:${host}:443`);
      expect(tcp).toMatchObject({ status: 'fail', verdict: 'tcp_refused' });
      expect(tcp.message).toContain('refused');
      expect(tcp.message).toContain('port 443');
      expect(JSON.stringify(tcp.detail)).toContain('ECONNREFUSED');
      expect(tcp.durationMs).toBeLessThan(500);
      expectSkipped(out, [`tls:${host}:443`], /failed/);
    });
  },
);
