import { expect, it } from 'vitest';
import { describeLab, labHosts } from './harness/scenario';
import { detailOf } from '../../src/shared/check-result';

describeLab(
  'verdict unmeasured: the bandwidth file cannot be downloaded',
  { firewall: [{ host: labHosts.downloads, port: 443, action: 'reset' }] },
  (s) => {
    it('proves unmeasured: a warn, never a pass, naming the host and the raw error', async () => {
      const out = await s.check([], { only: 'bandwidth' });
      const bw = out.check('bandwidth');
      expect(bw).toMatchObject({ status: 'warn', verdict: 'unmeasured' });
      expect(bw.message).toContain(labHosts.downloads);
      expect(bw.message).not.toContain('ECONNREFUSED');
      expect(JSON.stringify(bw.detail)).toContain('ECONNREFUSED');
      expect(detailOf(bw, 'bandwidth')?.reason).toBe('connect');
    });
  },
);
