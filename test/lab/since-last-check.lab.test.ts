import { spawn } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { PUBLIC_ROOTS_ENV } from '../../src/main/core/network/public-roots';
import { reportDocumentSchema } from '../../src/shared/report-schemas';
import { bundled } from './harness/bundle';
import { repoRoot } from './harness/paths';
import { describeLab, LAB_TIMEOUT_MS, labHosts, type LabScenario } from './harness/scenario';

const host = labHosts.join;
const dropped = [{ host, port: 443, action: 'drop' as const }];

/** `session-prep check` as a person runs it (no --json), its human summary on stdout. */
async function summaryOnPc(s: LabScenario, env: Record<string, string>, args: string[]) {
  const lab = s.lab();
  const argv = [
    'netns',
    'exec',
    lab.topology.pc,
    process.execPath,
    await bundled('src/main/cli/index.ts'),
    'check',
    '--catalog',
    lab.catalogPath,
    '--timeout-ms',
    String(LAB_TIMEOUT_MS),
    '--only',
    'network',
    ...args,
  ];
  return new Promise<{ code: number | null; stdout: string }>((resolve, reject) => {
    const child = spawn('ip', argv, {
      cwd: repoRoot,
      env: { PATH: process.env.PATH ?? '', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout }));
  });
}

describeLab(
  'since the last check: the office firewall drops port 443 of one host, then IT allows it',
  { firewall: dropped },
  (s) => {
    it('a second run reports the host as fixed, in the JSON and in the human summary (en, ja)', async () => {
      // A data folder of this test's own, shared by its runs as the customer's PC shares one.
      const env = {
        [PUBLIC_ROOTS_ENV]: s.lab().vendorCaPath,
        XDG_STATE_HOME: join(s.lab().dir, 'state'),
        HOME: s.lab().dir,
      };
      const first = await s.check([], { env });
      expect(first.check(`tcp:${host}:443`)).toMatchObject({ verdict: 'tcp_timeout' });
      expect(first.run.comparison).toBeUndefined();

      await s.lab().setFirewall([]);
      const second = await s.check([], { env });
      expect(second.exitCode).toBe(0);
      expect(second.run.comparison?.since).toBe(first.run.startedAt);
      expect(second.run.comparison?.fixed).toEqual([
        {
          id: `tcp:${host}:443`,
          host,
          before: { status: 'fail', verdict: 'tcp_timeout' },
          now: { status: 'pass', verdict: 'ok' },
        },
      ]);
      // The TLS and WebSocket steps after it were skipped before: passing now is not "fixed".
      expect(second.run.comparison?.stillFailing).toEqual([]);
      expect(second.run.comparison?.newlyFailing).toEqual([]);

      // The fault comes back: it is new against the run before.
      await s.lab().setFirewall(dropped);
      const third = await s.check([], { env });
      expect(third.run.comparison?.newlyFailing.map((c) => c.id)).toEqual([`tcp:${host}:443`]);
      expect(third.run.comparison?.fixed).toEqual([]);

      // And goes again: the summary a person reads says so above its verdict, the report carries it.
      await s.lab().setFirewall([]);
      const reportPath = join(s.lab().dir, 'after-fix.json');
      const human = await summaryOnPc(s, env, ['--lang', 'en', '--report', reportPath]);
      expect(human.code).toBe(0);
      const lines = human.stdout.trimEnd().split('\n');
      expect(lines.at(-1)).toMatch(/^✔ /);
      expect(lines.at(-3)).toMatch(
        new RegExp(
          `^Since the last check \\(\\d\\d:\\d\\d\\): 1 fixed, 0 still failing, 0 new\\. Fixed: ${host.replace(/\./g, '\\.')}\\.$`,
        ),
      );
      const report = reportDocumentSchema.parse(JSON.parse(await readFile(reportPath, 'utf8')));
      expect(report.comparison?.since).toBe(third.run.startedAt);
      expect(report.comparison?.fixed.map((c) => c.host)).toEqual([host]);

      // Nothing changed since: all zero, in Japanese.
      const ja = await summaryOnPc(s, env, ['--lang', 'ja']);
      expect(ja.stdout).toMatch(
        /前回の確認（\d\d:\d\d）と比べて、解決 0 件、未解決 0 件、新しい問題 0 件です。\n/,
      );
      // The allow-list after `check` still reads the last run (last-run.json).
      const kept = JSON.parse(
        await readFile(join(s.lab().dir, 'state', 'session-prep', 'last-run.json'), 'utf8'),
      );
      expect(kept.ready).toBe(true);
    });
  },
);
