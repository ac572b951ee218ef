import { expect, it } from 'vitest';
import { describeLab } from './harness/scenario';
import { detailOf } from '../../src/shared/check-result';

describeLab('verdict ok: a healthy office network', {}, (s) => {
  it('proves ok: every check of the lab catalog passes and the PC is ready (exit 0)', async () => {
    const out = await s.check();
    expect(out.exitCode).toBe(0);
    expect(out.run.ready).toBe(true);
    const network = out.run.checks.filter((c) => c.kind !== 'bandwidth');
    // 16 hosts: a dns check each, and tcp + tls/http per port, a websocket check for the gateway.
    expect(network.length).toBeGreaterThan(16 * 3);
    for (const c of network)
      expect({ id: c.id, status: c.status, verdict: c.verdict }).toEqual({
        id: c.id,
        status: 'pass',
        verdict: 'ok',
      });
    expect(out.check('websocket:gateway.zohoassist-com.lab.test:443').message).toContain('opened');
    expect(out.check('tls:assist.zoho-com.lab.test:443').message).toContain('Lab Vendor Trust');
  });

  it('proves bandwidth ok: an unshaped link measures far above the recommended rate', async () => {
    const out = await s.check([], { only: 'bandwidth' });
    const bw = out.check('bandwidth');
    expect(bw).toMatchObject({ status: 'pass', verdict: 'ok' });
    expect(Number(detailOf(bw, 'bandwidth')?.rateKbps)).toBeGreaterThan(256);
    expect(bw.message).toMatch(/\d+ kbps/);
  });
});
