import { expect, it } from 'vitest';
import { describeLab, labHosts } from './harness/scenario';

const host = labHosts.gateway;

describeLab(
  'verdict ws_failed: the upgrade request is cut without any HTTP answer',
  { hosts: { [host]: { ws: 'close' } } },
  (s) => {
    it('proves ws_failed: no answer to the upgrade at all (told apart from a refusal)', async () => {
      const out = await s.check();
      expect(out.exitCode).toBe(1);
      const ws = out.check(`websocket:${host}:443`);
      expect(ws).toMatchObject({ status: 'fail', verdict: 'ws_failed' });
      expect(ws.message).toContain('no answer');
    });
  },
);
