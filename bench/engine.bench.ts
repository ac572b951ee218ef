import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { promisify } from 'node:util';
import type { BenchSection } from './bench-types';

const run$ = promisify(execFile);
const TITLE = 'Check engine: concurrency (issue 2)';

/**
 * Issue 2's benchmark in a namespace of its own: local stand-ins get addresses that are not loopback
 * (192.0.2.0/24, sent to loopback by nftables), so every host has a real DNS answer and chain.
 */
export async function run(): Promise<BenchSection> {
  if (process.getuid?.() !== 0)
    return { title: TITLE, rows: [], notes: ['skipped: needs root to make a network namespace'] };
  const ns = `spbench-${randomBytes(3).toString('hex')}`;
  const ip = (...args: string[]) => run$('ip', args);
  try {
    await ip('netns', 'add', ns);
    await ip('-n', ns, 'link', 'set', 'lo', 'up');
    await ip('-n', ns, 'addr', 'add', '192.0.2.254/24', 'dev', 'lo');
    await run$('ip', [
      'netns',
      'exec',
      ns,
      'nft',
      'add table ip spbench; add chain ip spbench out { type nat hook output priority -100; }; add rule ip spbench out ip daddr 192.0.2.0/24 dnat to 127.0.0.1',
    ]);
    const { stdout } = await run$(
      'ip',
      ['netns', 'exec', ns, process.execPath, '--import', 'tsx', 'bench/engine-inside.ts'],
      { maxBuffer: 1 << 20, timeout: 300_000 },
    );
    return JSON.parse(stdout.trim().split('\n').pop() ?? '{}') as BenchSection;
  } finally {
    await ip('netns', 'del', ns).catch(() => undefined);
  }
}
