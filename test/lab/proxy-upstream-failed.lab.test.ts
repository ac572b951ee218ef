import { expect, it } from 'vitest';
import { expectSkipped } from './harness/expectations';
import { describeLab, labHosts } from './harness/scenario';

const dropped = labHosts.join;
const rejected = labHosts.downloads;

// The proxy is fine and its rules allow everything; the firewall behind it (the office's own outgoing
// rules) drops one destination and rejects another. Squid answers 503 with its ERR_CONNECT_FAIL page:
// that is not the proxy refusing (proxy_refused would send IT to the proxy's rules). Squid gives up on
// the dropped one after 1 s (it checks its timeouts once a second: 0.6 to 2 s), so the step limit here is
// longer than that; with a shorter one the answer is tcp_timeout through the proxy, which also points past it.
const LIMIT = ['--timeout-ms', '4000'];
describeLab(
  'verdict proxy_upstream_failed: the proxy answers, but its way to the vendor is blocked',
  {
    squid: { deniedHosts: [], connectTimeoutSec: 1 },
    firewall: [
      { host: dropped, port: 443, action: 'drop' },
      { host: rejected, port: 443, action: 'reset' },
    ],
  },
  (s) => {
    it('proves proxy_upstream_failed for a dropped and a rejected destination, naming the proxy error', async () => {
      const out = await s.check(['--proxy', s.lab().proxyUrl('open'), ...LIMIT]);
      expect(out.exitCode).toBe(1);
      for (const [host, errno] of [
        [dropped, '110'],
        [rejected, '111'],
      ] as const) {
        const tcp = out.check(`tcp:${host}:443`);
        expect(tcp).toMatchObject({ status: 'fail', verdict: 'proxy_upstream_failed' });
        // The sentence says what happened; the proxy's own error name stays in detail (issue 15).
        expect(tcp.message).toContain(
          `could not reach ${host}:443 (HTTP 503); the error the proxy`,
        );
        expect(tcp.message).not.toContain('ERR_');
        expect(JSON.stringify(tcp.detail)).toContain(`ERR_CONNECT_FAIL ${errno}`);
        expect(tcp.fix).toContain('beyond the proxy');
        expect(JSON.stringify(tcp.detail)).toContain('"reachedProxy":true');
        expectSkipped(out, [`tls:${host}:443`], /failed/);
      }
      // The proxy itself answers, and every other destination goes through it.
      expect(out.check('proxy:10.50.1.1:3129').verdict).toBe('ok');
      expect(out.check(`tls:${labHosts.web}:443`).verdict).toBe('ok');
      // Port 80 of the dropped host is open: the message says the vendor answered through the proxy.
      const http = out.check(`http:${dropped}:80`);
      expect(http.verdict).toBe('ok');
      expect(http.message).toContain('answered through the proxy');
      expect(out.check(`tcp:${dropped}:80`).message).toContain('Reached the proxy');
    });

    it('says it in Japanese with --lang ja, the fix pointing past the proxy', async () => {
      const out = await s.check(['--proxy', s.lab().proxyUrl('open'), '--lang', 'ja', ...LIMIT]);
      const tcp = out.check(`tcp:${dropped}:443`);
      expect(tcp.verdict).toBe('proxy_upstream_failed');
      expect(tcp.message).toContain('は応答しましたが');
      expect(tcp.fix ?? '').toMatch(/プロキシから先の経路.*ください。$/);
    });
  },
);
