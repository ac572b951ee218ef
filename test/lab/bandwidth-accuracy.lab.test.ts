import { expect, it } from 'vitest';
import { describeLab } from './harness/scenario';
import { detailOf } from '../../src/shared/check-result';

// The accuracy target of issue 3: within ±10 % of what tc tbf lets through. (Its duration is reported by
// `npm run bench`, not asserted here.)
describeLab(
  'bandwidth accuracy behind tc tbf (verdicts ok / below_recommended / below_minimum)',
  {},
  (s) => {
    it.each([
      [128, 'below_recommended|below_minimum'],
      [256, 'ok|below_recommended'],
      [10_000, 'ok'],
    ])('measures a %i kbit/s shaper within 10 %%', async (rateKbit, verdicts) => {
      await s.lab().unshape();
      await s.lab().shape(rateKbit);
      const out = await s.check([], { only: 'bandwidth' });
      const bw = out.check('bandwidth');
      expect(bw.verdict).toMatch(new RegExp(`^(${verdicts})$`));
      const rate = Number(detailOf(bw, 'bandwidth')?.rateKbps);
      expect(Math.abs(rate / rateKbit - 1)).toBeLessThan(0.1);
    });
  },
);
