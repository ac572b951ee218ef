import { expect, it } from 'vitest';
import { expectOthersPass, expectSkipped } from './harness/expectations';
import { describeLab, LAB_TIMEOUT_MS, labHosts } from './harness/scenario';

const host = labHosts.join;

describeLab(
  'verdict tcp_timeout: the office firewall drops port 443 of one host',
  { firewall: [{ host, port: 443, action: 'drop' }] },
  (s) => {
    it('proves tcp_timeout: no answer within the limit, TLS skipped, port 80 of the same host still fine', async () => {
      const out = await s.check();
      expect(out.exitCode).toBe(1);
      const tcp = out.check(`tcp:${host}:443`);
      expect(tcp).toMatchObject({ status: 'fail', verdict: 'tcp_timeout' });
      expect(tcp.message).toContain(`within ${LAB_TIMEOUT_MS} ms`);
      expect(tcp.message).toContain('drops');
      expect(JSON.stringify(tcp.detail)).toContain('ETIMEDOUT');
      expectSkipped(out, [`tls:${host}:443`], /connection to .* failed/);
      expect(out.check(`http:${host}:80`).verdict).toBe('ok');
      expectOthersPass(out, (id) => id.includes(`${host}:443`));
      // A dropped port costs one timeout for the run, not one per step.
      expect(out.run.durationMs).toBeLessThan(LAB_TIMEOUT_MS * 2);
    });

    it('says it in Japanese with --lang ja: the port, the limit and the fix', async () => {
      const out = await s.check(['--lang', 'ja']);
      const tcp = out.check(`tcp:${host}:443`);
      expect(tcp.verdict).toBe('tcp_timeout');
      expect(tcp.message).toContain(
        `ポート 443 から ${LAB_TIMEOUT_MS} ミリ秒以内に応答がありません`,
      );
      expect(tcp.fix ?? '').toMatch(/ください。$/);
    });
  },
);
