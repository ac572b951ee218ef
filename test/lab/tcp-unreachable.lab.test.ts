import { expect, it } from 'vitest';
import { expectSkipped } from './harness/expectations';
import { describeLab, labHosts } from './harness/scenario';

const host = labHosts.join;

describeLab(
  'verdict tcp_unreachable: the office firewall answers ICMP host-unreachable',
  { firewall: [{ host, port: 443, action: 'icmp-unreachable' }] },
  (s) => {
    it('proves tcp_unreachable: no route (EHOSTUNREACH), told apart from a refusal and a drop', async () => {
      const out = await s.check();
      expect(out.exitCode).toBe(1);
      const tcp = out.check(`tcp:${host}:443`);
      expect(tcp).toMatchObject({ status: 'fail', verdict: 'tcp_unreachable' });
      expect(tcp.message).toContain('no route');
      expect(tcp.message).not.toContain('EHOSTUNREACH');
      expect(JSON.stringify(tcp.detail)).toContain('EHOSTUNREACH');
      expectSkipped(out, [`tls:${host}:443`], /failed/);
    });
  },
);
