import { expect, it } from 'vitest';
import { describeLab, LAB_TIMEOUT_MS, labHosts } from './harness/scenario';

// The OS resolver's own defaults (5 s, two attempts) keep every abandoned getaddrinfo thread blocked for
// about ten seconds after the step gave up on it. Before the CLI ran its work in a supervised child, the
// process printed its JSON and then waited for those threads (3.4 s printed, 11.5 s returned).
describeLab(
  'the command returns right after its output with DNS dropped (and the hosts file still counts)',
  {
    isDnsDropped: true,
    pcResolver: { timeoutSec: 5, attempts: 2, hosts: [labHosts.web] },
  },
  (s) => {
    it('exits within 0.5 s of its last output, every name but the hosts file one timing out', async () => {
      for (const only of ['network', 'all'] as const) {
        const out = await s.check([], { only });
        expect(out.exitCode).toBe(1);
        expect(out.check(`dns:${labHosts.join}`).verdict).toBe('dns_timeout');
        // The OS resolver stays the source of truth: the hosts file answers although DNS is dropped.
        expect(out.check(`dns:${labHosts.web}`)).toMatchObject({
          verdict: 'ok',
          detail: { resolver: 'os' },
        });
        expect(out.check(`tcp:${labHosts.web}:443`).verdict).toBe('ok');
        expect(out.lastOutputMs).toBeLessThan(LAB_TIMEOUT_MS * 4);
        expect(out.wallMs - out.lastOutputMs, `${only}: exit after output`).toBeLessThan(500);
      }
    });
  },
);
