import { detailOf, type CheckRun } from '../check-result';

/** What tells IT which PC the request is about: its name, addresses, DNS servers and proxy. */
export interface PcIdentity {
  name: string | null;
  /** The interfaces' addresses, link-local and loopback left out (they name no PC on the network). */
  addresses: string[];
  dnsServers: string[];
  proxy: CheckRun['proxy'] | null;
}

const notIdentifying = /^(127\.|::1$|fe80:|169\.254\.)/i;

/** The PC's identity as the run saw it (the system facts and the connectivity check's detail). */
export function pcIdentityOf(
  run: Pick<CheckRun, 'system' | 'checks'> & { proxy?: CheckRun['proxy'] | null },
): PcIdentity {
  const name = typeof run.system.hostname === 'string' ? run.system.hostname : null;
  const connectivity = run.checks.find((c) => c.kind === 'connectivity');
  const detail = connectivity ? detailOf(connectivity, 'connectivity') : undefined;
  const addresses = (detail?.interfaces ?? [])
    .flatMap((i) => i.addresses)
    .filter((a) => !notIdentifying.test(a));
  return {
    name: name && name.length > 0 ? name : null,
    addresses: [...new Set(addresses)],
    dnsServers: [...new Set(detail?.dnsServers ?? [])],
    proxy: run.proxy ?? null,
  };
}
