import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { checkRunSchema } from '../../src/shared/check-result';
import { fleetSummarySchema, type FleetSummary } from '../../src/shared/fleet-schemas';
import { bundled } from './harness/bundle';
import { labIssuers } from './harness/lab-certs';
import { repoRoot } from './harness/paths';
import { describeLab, LAB_TIMEOUT_MS, labHosts } from './harness/scenario';

// A small fleet made for real: the command line runs on the lab's PC once per "PC", each time with its own
// host name (a UTS namespace of its own) and its own fault in the office network, and writes its result as
// an IT script would (`check --json > PC.json`, or `--report`). Then `summarize` reads the folder, with a
// few broken files beside the results.

interface Ran {
  code: number | null;
  stdout: string;
  stderr: string;
}

function runCli(
  args: string[],
  netns?: { pc: string; hostname: string; publicRoots: string },
): Promise<Ran> {
  return bundled('src/main/cli/index.ts').then(
    (bundle) =>
      new Promise((resolve, reject) => {
        const cli = [process.execPath, bundle, ...args];
        const [file, ...argv] = netns
          ? [
              'ip',
              'netns',
              'exec',
              netns.pc,
              'unshare',
              '--uts',
              'sh',
              '-c',
              'hostname "$0" && exec "$@"',
              netns.hostname,
              ...cli,
            ]
          : cli;
        const env = Object.fromEntries(
          Object.entries(process.env).filter(
            ([k]) => !/^(https?_proxy|no_proxy|all_proxy)$/i.test(k),
          ),
        );
        // The lab's vendor CA stands in for the public roots, as on a real network (issue 12).
        if (netns) env.SESSION_PREP_PUBLIC_ROOTS = netns.publicRoots;
        const child = spawn(file ?? 'ip', argv, {
          cwd: repoRoot,
          env,
          stdio: ['ignore', 'pipe', 'pipe'],
        });
        let stdout = '';
        let stderr = '';
        child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
        child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
        child.on('error', reject);
        child.on('close', (code) => resolve({ code, stdout, stderr }));
      }),
  );
}

describeLab(
  'summarize: a fleet the command line really checked, with faults, plus broken files',
  { squid: { deniedHosts: [] } },
  (s) => {
    let dir: string;
    let summary: FleetSummary;
    let textEn: string;
    let textJa: string;

    beforeAll(async () => {
      const lab = s.lab();
      dir = await mkdtemp(join(tmpdir(), 'sp-fleet-lab-'));
      const common = ['--catalog', lab.catalogPath, '--timeout-ms', String(LAB_TIMEOUT_MS)];
      const pcCheck = async (hostname: string, file: string, extra: string[]) => {
        const out = await runCli(['check', '--json', ...common, ...extra], {
          pc: lab.topology.pc,
          hostname,
          publicRoots: lab.vendorCaPath,
        });
        const result = checkRunSchema.parse(JSON.parse(out.stdout));
        expect(result.system.hostname).toBe(hostname);
        if (file) await writeFile(join(dir, file), out.stdout);
        return result;
      };
      // PC-01: nothing wrong (all the checks, so its OS is known).
      await pcCheck('PC-01', 'PC-01.json', []);
      // PC-02 on Monday: its office drops port 443 of the join host.
      await lab.setFirewall([{ host: labHosts.join, port: 443, action: 'drop' }]);
      const monday = await pcCheck('PC-02', 'monday-PC-02.json', ['--only', 'network']);
      expect(monday.checks.some((c) => c.verdict === 'tcp_timeout')).toBe(true);
      // PC-05 behind the same firewall, saved as a redacted report: it is named by its file.
      const report = join(dir, 'tokyo-05.json');
      await runCli(['check', ...common, '--only', 'network', '--report', report, '--redact'], {
        pc: lab.topology.pc,
        hostname: 'PC-05',
        publicRoots: lab.vendorCaPath,
      });
      // PC-03: a firewall that refuses port 443 of the web host.
      await lab.setFirewall([{ host: labHosts.web, port: 443, action: 'reset' }]);
      await pcCheck('PC-03', 'PC-03.json', ['--only', 'network']);
      // PC-04: the corporate proxy inspects TLS, and the PC trusts its root.
      await lab.setFirewall([]);
      const bumped = await pcCheck('PC-04', 'PC-04.json', [
        '--ca',
        lab.bumpCaPath,
        '--proxy',
        lab.proxyUrl('bump'),
        '--only',
        'network',
      ]);
      expect(bumped.checks.some((c) => c.verdict === 'tls_intercepted')).toBe(true);
      // PC-02 on Tuesday: the rule is gone.
      await pcCheck('PC-02', 'tuesday-PC-02.json', ['--only', 'network']);
      // What else lands in a share of collected results.
      const real = await readFile(join(dir, 'PC-03.json'), 'utf8');
      await writeFile(join(dir, 'cut-off.json'), real.slice(0, real.length / 2));
      await writeFile(join(dir, 'inventory.json'), '{"assets": []}');
      await writeFile(join(dir, 'empty.json'), '');

      const json = await runCli(['summarize', dir, '--format', 'json']);
      expect(json.code).toBe(1);
      summary = fleetSummarySchema.parse(JSON.parse(json.stdout));
      textEn = (await runCli(['summarize', dir, '--lang', 'en'])).stdout;
      textJa = (await runCli(['summarize', dir, '--lang', 'ja'])).stdout;
    }, 240_000);

    afterAll(async () => {
      if (dir) await rm(dir, { recursive: true, force: true });
    });

    it('counts the PCs and which are ready, each PC once, by its latest run', () => {
      expect(summary.files).toEqual({ read: 6, skipped: 3 });
      expect(summary.pcList.map((p) => [p.pc, p.ready])).toEqual([
        ['PC-01', true],
        ['PC-02', true],
        ['PC-03', false],
        ['PC-04', false],
        ['tokyo-05', false],
      ]);
      expect(summary.pcs).toEqual({ total: 5, ready: 2, notReady: 3 });
    });

    it('says each cause once, with the PCs it stops and the host:port where it happens', () => {
      const cause = (v: string) => summary.byCause.find((c) => c.verdict === v);
      expect(cause('tcp_timeout')).toMatchObject({
        pcNames: ['tokyo-05'],
        blocking: 1,
        targets: [`${labHosts.join}:443`],
      });
      expect(cause('tcp_refused')).toMatchObject({
        pcNames: ['PC-03'],
        targets: [`${labHosts.web}:443`],
      });
      expect(cause('tls_intercepted')?.pcNames).toEqual(['PC-04']);
      expect(summary.byCause[0]?.blocking).toBeGreaterThanOrEqual(1);
    });

    it('names the inspecting device by what the PC saw', () => {
      expect(summary.byInterception).toHaveLength(1);
      expect(summary.byInterception[0]).toMatchObject({ pcs: 1, pcNames: ['PC-04'] });
      expect(summary.byInterception[0]?.issuers.join(' ')).toContain(labIssuers.bump.cn);
    });

    it('groups by OS where the system was checked, and shows PC-02 fixed between Monday and Tuesday', () => {
      expect(summary.byOs.find((o) => o.os !== null)).toMatchObject({ pcs: 1, ready: 1 });
      expect(summary.byOs.find((o) => o.os === null)).toMatchObject({ pcs: 4 });
      expect(summary.changed).toEqual([
        expect.objectContaining({
          pc: 'PC-02',
          before: expect.objectContaining({ ready: false }),
          after: expect.objectContaining({ ready: true }),
          gone: expect.arrayContaining(['tcp_timeout']),
        }),
      ]);
    });

    it('lists the files that are not results, with why', () => {
      const reasons = Object.fromEntries(
        summary.skipped.map((x) => [x.file.slice(dir.length + 1), x.reason]),
      );
      expect(reasons).toEqual({
        'cut-off.json': expect.stringMatching(/^not JSON/),
        'empty.json': 'the file is empty',
        'inventory.json': expect.stringMatching(/^not a Session Prep result or report/),
      });
    });

    it('prints the same picture as a change request in English and Japanese', () => {
      expect(textEn).toContain('Ready for the remote session: 2 of 5 PCs (40 %).');
      expect(textEn).toContain(`Where: ${labHosts.join}:443`);
      expect(textEn).toMatch(/- PC-02: not ready → ready; gone: .*tcp_timeout/);
      expect(textJa).toContain('リモートセッションの準備完了: 5 台中 2 台（40 %）です。');
      expect(textJa).toContain(
        'SSL インスペクション（通信の復号・検査）が行われています [tls_intercepted]',
      );
    });
  },
);
