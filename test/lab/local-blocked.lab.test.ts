import { expect, it } from 'vitest';
import { expectSkipped } from './harness/expectations';
import { describeLab, labHosts } from './harness/scenario';

const host = labHosts.join;

// On Linux a `prohibit` policy rule makes connect() fail with EACCES on the PC itself, as a local firewall
// (Windows' WSAEACCES) does; nothing leaves the PC.
describeLab(
  'verdict local_blocked: the PC itself refuses the connect (EACCES)',
  { pcBlocks: [{ host, port: 443 }] },
  (s) => {
    it('proves local_blocked: this PC blocked the connection, with the raw EACCES kept', async () => {
      const out = await s.check();
      expect(out.exitCode).toBe(1);
      const tcp = out.check(`tcp:${host}:443`);
      expect(tcp).toMatchObject({ status: 'fail', verdict: 'local_blocked' });
      expect(tcp.message).toContain('This PC itself blocked');
      expect(JSON.stringify(tcp.detail)).toContain('EACCES');
      expectSkipped(out, [`tls:${host}:443`], /failed/);
      expect(out.check(`tcp:${host}:80`).verdict).toBe('ok');
    });
  },
);
