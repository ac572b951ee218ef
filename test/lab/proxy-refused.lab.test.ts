import { expect, it } from 'vitest';
import { expectSkipped } from './harness/expectations';
import { describeLab, labHosts } from './harness/scenario';

const host = labHosts.join;

describeLab(
  'verdict proxy_refused: the corporate proxy denies one destination (Squid dstdomain ACL)',
  { squid: { deniedHosts: [host] } },
  (s) => {
    it('proves proxy_refused: CONNECT to the denied host gets 403, other hosts go through', async () => {
      const out = await s.check(['--proxy', s.lab().proxyUrl('open')]);
      expect(out.exitCode).toBe(1);
      const tcp = out.check(`tcp:${host}:443`);
      expect(tcp).toMatchObject({ status: 'fail', verdict: 'proxy_refused' });
      expect(tcp.message).toContain('refused the connection');
      expect(tcp.message).toContain('HTTP 403');
      expectSkipped(out, [`tls:${host}:443`], /failed/);
      expect(out.check(`tls:${labHosts.web}:443`).verdict).toBe('ok');
    });
  },
);
