import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkRunSchema, type CheckRun } from '../../../shared/check-result';
import { fleetSummarySchema } from '../../../shared/fleet-schemas';
import { testIo } from '../cli-test-io';
import { main } from '../index';

// The files are what `session-prep check --only system --json` printed in this process, one per PC.

let dir: string;
let run: CheckRun;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'sp-summarize-cli-'));
  const { io, out } = testIo({ env: { PATH: process.env.PATH, HOME: dir } });
  await main(['check', '--only', 'system', '--json'], io);
  run = checkRunSchema.parse(JSON.parse(out()));
  expect(typeof run.system.hostname).toBe('string');
  for (const [name, ready] of [
    ['PC-01', true],
    ['PC-02', true],
    ['PC-03', false],
  ] as const) {
    const doc: CheckRun = {
      ...run,
      ready,
      system: { ...run.system, hostname: name },
      checks: ready
        ? run.checks.filter((c) => c.status !== 'fail')
        : [
            ...run.checks,
            {
              id: 'disk',
              kind: 'disk',
              status: 'fail',
              verdict: 'disk_low',
              durationMs: 1,
              message: 'Only 20 MB free.',
            },
          ],
    };
    await writeFile(join(dir, `${name}.json`), JSON.stringify(doc, null, 2));
  }
}, 30_000);

afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe('session-prep summarize', () => {
  it('prints the fleet as JSON with --format json, and exits 1 because one PC is not ready', async () => {
    const { io, out, err } = testIo();
    expect(await main(['summarize', dir, '--format', 'json'], io)).toBe(1);
    const summary = fleetSummarySchema.parse(JSON.parse(out()));
    expect(summary.pcs).toEqual({ total: 3, ready: 2, notReady: 1 });
    expect(summary.byCause.find((c) => c.verdict === 'disk_low')).toMatchObject({
      pcs: 1,
      blocking: 1,
      pcNames: ['PC-03'],
    });
    expect(summary.byOs[0]?.os).toBe(
      (run.system.os as { name?: string } | undefined)?.name ?? null,
    );
    expect(err()).toBe('');
  });

  it('exits 0 when every PC named is ready and every file was read', async () => {
    const { io, out } = testIo({ lang: 'ja' });
    expect(await main(['summarize', join(dir, 'PC-01.json'), join(dir, 'PC-02.json')], io)).toBe(0);
    expect(out()).toContain('2 台中 2 台（100 %）');
  });

  it('writes the CSV byte for byte with --output (a PowerShell redirection would re-encode it)', async () => {
    const file = join(dir, 'out', '..', 'fleet.csv');
    const { io, out } = testIo({ lang: 'ja' });
    expect(
      await main(['summarize', join(dir, 'PC-03.json'), '--format', 'csv', '--output', file], io),
    ).toBe(1);
    expect(out()).toBe('');
    const bytes = await readFile(file);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bytes.toString('utf8')).toContain('"PC-03","いいえ","disk_low"');
  });

  it('refuses bad usage with exit 2 and one sentence, in the language asked for', async () => {
    const cases: [string[], RegExp][] = [
      [['summarize'], /name the result or report files/],
      [['summarize', dir, '--format', 'xml'], /--format must be text, json or csv, not "xml"/],
      [['summarize', dir, '--output', join(dir, 'no-such-dir', 'x.csv')], /cannot write .*x\.csv/],
    ];
    for (const [argv, message] of cases) {
      const { io, err } = testIo();
      expect(await main(argv, io), argv.join(' ')).toBe(2);
      expect(err()).toMatch(message);
      expect(err()).not.toMatch(/\n\s+at /);
    }
    const { io, err } = testIo({ lang: 'ja' });
    expect(await main(['summarize', dir, '--format', 'xml'], io)).toBe(2);
    expect(err()).toContain('--format には text、json、csv のいずれかを指定してください');
  });

  it('exits 2 when no file named is a result, listing each with its reason', async () => {
    const junk = join(dir, 'junk.json');
    await writeFile(junk, '{"hello": "world"}');
    const { io, out, err } = testIo();
    expect(await main(['summarize', junk, join(dir, 'nope.json')], io)).toBe(2);
    expect(out()).toBe('');
    expect(err()).toContain(`${junk}: not a Session Prep result or report`);
    expect(err()).toContain('nope.json: no such file or folder');
    expect(err()).toContain('none of the 2 files named is a Session Prep result or report');
  });
});
