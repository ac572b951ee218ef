import { expect, it } from 'vitest';
import { expectSkipped } from './harness/expectations';
import { describeLab, labHosts } from './harness/scenario';

const host = labHosts.join;

// The vendor host accepts the connection and sends a reset straight away, as a middlebox that cuts sessions does.
describeLab(
  'verdict tcp_reset: the connection is cut right after it opens',
  { hosts: { [host]: { tls: 'reset' } } },
  (s) => {
    it('proves tcp_reset: cut after connecting (ECONNRESET), with TLS skipped', async () => {
      const out = await s.check();
      expect(out.exitCode).toBe(1);
      const tcp = out.check(`tcp:${host}:443`);
      expect(tcp).toMatchObject({ status: 'fail', verdict: 'tcp_reset' });
      expect(tcp.message).toContain('cut');
      expect(JSON.stringify(tcp.detail)).toContain('ECONNRESET');
      expectSkipped(out, [`tls:${host}:443`], /failed/);
    });
  },
);
