import { expect, it } from 'vitest';
import { describeLab } from './harness/scenario';
import { detailOf } from '../../src/shared/check-result';

describeLab('verdict below_minimum: the office link is shaped to 96 kbit/s (tc tbf)', {}, (s) => {
  it('proves below_minimum: under the 128 kbps the session needs, a fail, not ready', async () => {
    await s.lab().shape(96);
    const out = await s.check([], { only: 'bandwidth' });
    const bw = out.check('bandwidth');
    expect(bw).toMatchObject({ status: 'fail', verdict: 'below_minimum' });
    const rate = Number(detailOf(bw, 'bandwidth')?.rateKbps);
    expect(rate).toBeGreaterThan(70);
    expect(rate).toBeLessThan(128);
    expect(bw.message).toContain(`${rate} kbps`);
    expect(bw.message).toContain('128 kbps');
    expect(out.exitCode).toBe(1);
  });
});
