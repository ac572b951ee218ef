import { expect, it } from 'vitest';
import { describeLab, labHosts } from './harness/scenario';

const host = labHosts.gateway;

describeLab(
  'verdict ws_rejected: the WebSocket upgrade is answered 403',
  { hosts: { [host]: { ws: 'reject' } } },
  (s) => {
    it('proves ws_rejected: the upgrade got a non-101 answer, whose status the message names', async () => {
      const out = await s.check();
      expect(out.exitCode).toBe(1);
      const ws = out.check(`websocket:${host}:443`);
      expect(ws).toMatchObject({ status: 'fail', verdict: 'ws_rejected' });
      expect(ws.message).toContain('HTTP 403');
      expect(out.check(`tls:${host}:443`).verdict).toBe('ok');
    });
  },
);
