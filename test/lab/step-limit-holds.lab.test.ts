import { pathToFileURL } from 'node:url';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import type { CliOutcome } from './harness/run-cli';
import { repoRoot } from './harness/paths';
import { describeLab, labHosts } from './harness/scenario';

const host = labHosts.join;
const LIMIT_MS = 2000;
const RUNS = 30;
const AT_ONCE = 3;
// Every other run gets a full garbage collection every 300 ms (test/fixtures/gc-pressure.mjs): the issue
// saw the limit lost in every full run, when the bandwidth download's garbage made V8 collect during the
// step; this makes that certain instead of likely.
const GC_PRESSURE = `--expose-gc --import ${pathToFileURL(join(repoRoot, 'test/fixtures/gc-pressure.mjs')).href}`;

describeLab(
  'step limits hold: 30 full runs (system, network, bandwidth) with one dropped port',
  { firewall: [{ host, port: 443, action: 'drop' }] },
  (s) => {
    it(`tcp_timeout within ${LIMIT_MS} + 500 ms in every run, its message filled`, async () => {
      const outcomes: { run: number; out: CliOutcome }[] = [];
      for (let first = 0; first < RUNS; first += AT_ONCE) {
        const batch = Array.from({ length: Math.min(AT_ONCE, RUNS - first) }, (_, i) => first + i);
        outcomes.push(
          ...(await Promise.all(
            batch.map(async (run) => ({
              run,
              out: await s.check(['--timeout-ms', String(LIMIT_MS)], {
                only: 'all',
                env: run % 2 === 0 ? { NODE_OPTIONS: GC_PRESSURE } : {},
              }),
            })),
          )),
        );
      }
      const durations = outcomes.map(({ run, out }) => {
        const tcp = out.check(`tcp:${host}:443`);
        expect(tcp.verdict, `run ${run}`).toBe('tcp_timeout');
        expect(tcp.message, `run ${run}`).toContain(`within ${LIMIT_MS} ms`);
        expect(out.check('bandwidth').status, `run ${run}`).not.toBe('skipped');
        return tcp.durationMs;
      });
      expect(durations).toHaveLength(RUNS);
      for (const [run, ms] of durations.entries())
        expect(ms, `run ${run}: ${durations.join(', ')}`).toBeLessThanOrEqual(LIMIT_MS + 500);
    });
  },
);
