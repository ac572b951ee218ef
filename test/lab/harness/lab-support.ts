import { execFileSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Why the lab cannot run here, or undefined when it can (root, namespaces, nftables, tc, dnsmasq, squid). */
function findSkipReason(): string | undefined {
  if (process.platform !== 'linux') return 'the network lab needs Linux network namespaces';
  if (process.getuid?.() !== 0)
    return 'the network lab needs root (network namespaces, nftables, tc)';
  for (const tool of ['ip', 'nft', 'tc', 'dnsmasq', 'squid', 'htpasswd', 'openssl']) {
    try {
      execFileSync('sh', ['-c', 'command -v "$0"', tool], { stdio: 'ignore' });
    } catch {
      return `the network lab needs ${tool} (see .ci/run for the Debian packages)`;
    }
  }
  const probe = `splabprobe${process.pid}`;
  try {
    execFileSync('ip', ['netns', 'add', probe], { stdio: 'ignore' });
    execFileSync('ip', ['netns', 'del', probe], { stdio: 'ignore' });
  } catch {
    return 'network namespaces cannot be made here (ip netns add failed)';
  }
  return undefined;
}

let cached: { reason: string | undefined } | undefined;

/** Computed once per worker; prints one loud line when the lab is skipped. */
export function labSkipReason(): string | undefined {
  if (!cached) {
    cached = { reason: findSkipReason() };
    // Each lab file runs in its own worker: a marker per test run keeps it to one line.
    const marker = join(tmpdir(), `sp-lab-skip-${process.ppid}`);
    if (cached.reason && !existsSync(marker)) {
      writeFileSync(marker, cached.reason);
      process.stderr.write(
        `\n*** NETWORK LAB SKIPPED (every lab scenario counts as skipped): ${cached.reason} ***\n\n`,
      );
    }
  }
  return cached.reason;
}
