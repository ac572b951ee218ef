import { expect, it } from 'vitest';
import { detailOf } from '../../src/shared/check-result';
import { describeLab, labHosts } from './harness/scenario';

const host = labHosts.gateway;

// The vendor answers 404 to the upgrade (its WebSocket path is chosen per session, so a fixed path may well
// be unknown to it). What that answer proves depends on the session it came over (issue 12).
describeLab(
  'verdict ws_rejected: a 404 to the upgrade, over a genuine and over an intercepted session',
  { hosts: { [host]: { ws: 'not-found' } }, squid: { deniedHosts: [] } },
  (s) => {
    it('over a genuine end-to-end session the 404 came from the vendor: a pass that says what it answered', async () => {
      const out = await s.check();
      expect(out.exitCode).toBe(0);
      const ws = out.check(`websocket:${host}:443`);
      expect(ws).toMatchObject({ status: 'pass', verdict: 'ok' });
      expect(detailOf(ws, 'websocket')).toMatchObject({
        session: 'genuine',
        response: { status: 404 },
        pathVerified: false,
      });
      expect(ws.message).toContain('answered the WebSocket request with HTTP 404');
      expect(ws.message).toContain('gets its WebSocket address when it starts');
      expect(out.run.ready).toBe(true);
    });

    it('proves ws_rejected over an intercepted session: the non-101 fails, naming the device', async () => {
      const lab = s.lab();
      const out = await s.check(['--proxy', lab.proxyUrl('bump')], { ca: lab.bumpCaPath });
      expect(out.exitCode).toBe(1);
      expect(out.check(`tls:${host}:443`).verdict).toBe('tls_intercepted');
      const ws = out.check(`websocket:${host}:443`);
      expect(ws).toMatchObject({ status: 'fail', verdict: 'ws_rejected' });
      expect(detailOf(ws, 'websocket')).toMatchObject({ session: 'intercepted' });
      expect(detailOf(ws, 'websocket')?.device).toContain('SSL-inspection device');
      expect(ws.message).toMatch(
        /was answered by .+ with HTTP \d{3} instead of being passed on to the vendor/,
      );
      expect(ws.fix).toContain('WebSocket connections (Upgrade)');
    });
  },
);
