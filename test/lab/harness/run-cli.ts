import { spawn } from 'node:child_process';
import { checkRunSchema, type CheckResult, type CheckRun } from '../../../src/shared/check-result';
import type { Lab } from './lab';
import { bundled } from './bundle';
import { repoRoot } from './paths';
import { assertFilled } from '../../fixtures/unfilled';

export interface CliOutcome {
  exitCode: number | null;
  stdout: string;
  stderr: string;
  /** The parsed `--json` document (parsed with the contract's schema: a malformed document fails here). */
  run: CheckRun;
  wallMs: number;
  /** When the last byte of stdout or stderr arrived, from the start (ms). */
  lastOutputMs: number;
  /** The result with this id; fails loudly when the run has no such check. */
  check(id: string): CheckResult;
}

// The customer's PC has no proxy settings unless a scenario gives it some.
const PROXY_VARS = /^(https?_proxy|no_proxy|all_proxy)$/i;

/** Runs `session-prep check --json` (the real CLI, bundled as `npm run build` bundles it) on the lab's customer PC. */
export async function runCheckOnPc(
  lab: Lab,
  args: string[],
  env: Record<string, string> = {},
  catalogPath = lab.catalogPath,
): Promise<CliOutcome> {
  const baseEnv = Object.fromEntries(
    Object.entries(process.env).filter(([k]) => !PROXY_VARS.test(k)),
  );
  const fullArgs = [
    'netns',
    'exec',
    lab.topology.pc,
    process.execPath,
    await bundled('src/main/cli/index.ts'),
    'check',
    '--catalog',
    catalogPath,
    '--json',
    ...(args.includes('--lang') ? [] : ['--lang', 'en']),
    ...args,
  ];
  const started = Date.now();
  let lastOutputAt = started;
  let exitedAt = started;
  let exitCode: number | null = null;
  const { code, stdout, stderr } = await new Promise<{
    code: number | null;
    stdout: string;
    stderr: string;
  }>((resolve, reject) => {
    const child = spawn('ip', fullArgs, {
      cwd: repoRoot,
      env: { ...baseEnv, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString();
      lastOutputAt = Date.now();
    });
    child.stderr.on('data', (d: Buffer) => {
      err += d.toString();
      lastOutputAt = Date.now();
    });
    child.on('error', reject);
    // 'exit', not 'close': the command has returned when the process has, whatever else holds the pipes.
    child.on('exit', (c) => {
      exitedAt = Date.now();
      exitCode = c;
    });
    child.on('close', () => resolve({ code: exitCode, stdout: out, stderr: err }));
  });
  const wallMs = exitedAt - started;
  let json: unknown;
  try {
    json = JSON.parse(stdout);
  } catch {
    throw new Error(`the CLI printed no JSON (exit ${code}): ${stderr || stdout}`);
  }
  const run = checkRunSchema.parse(json);
  assertFilled(run.checks);
  return {
    exitCode: code,
    stdout,
    stderr,
    run,
    wallMs,
    lastOutputMs: lastOutputAt - started,
    check(id) {
      const found = run.checks.find((c) => c.id === id);
      if (!found)
        throw new Error(
          `no check ${id} in the run; ids: ${run.checks.map((c) => c.id).join(', ')}`,
        );
      return found;
    },
  };
}
