import { expect, it } from 'vitest';
import { describeLab } from './harness/scenario';
import { detailOf } from '../../src/shared/check-result';

describeLab(
  'verdict below_recommended: the office link is shaped to 192 kbit/s (tc tbf)',
  {},
  (s) => {
    it('proves below_recommended: between the minimum (128) and the recommended (256), a warn with the rate', async () => {
      await s.lab().shape(192);
      const out = await s.check([], { only: 'bandwidth' });
      const bw = out.check('bandwidth');
      expect(bw).toMatchObject({ status: 'warn', verdict: 'below_recommended' });
      const rate = Number(detailOf(bw, 'bandwidth')?.rateKbps);
      expect(rate).toBeGreaterThan(128);
      expect(rate).toBeLessThan(256);
      expect(bw.message).toContain(`${rate} kbps`);
      expect(bw.message).toContain('256');
      expect(out.exitCode).toBe(0);
    });
  },
);
