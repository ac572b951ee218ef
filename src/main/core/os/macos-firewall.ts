import type { CommandSpec } from './command';

/** The application firewall's own tool, by its full path. */
export const SOCKETFILTERFW = '/usr/libexec/ApplicationFirewall/socketfilterfw';

export const macosFirewallStateCommand: CommandSpec = {
  file: SOCKETFILTERFW,
  args: ['--getglobalstate'],
  timeoutMs: 5000,
};

export const macosFirewallAppsCommand: CommandSpec = {
  file: SOCKETFILTERFW,
  args: ['--listapps'],
  timeoutMs: 10_000,
};

/**
 * 0 off, 1 on, 2 on and blocking all incoming. The sentence changed across releases (state 2 once said
 * "enabled", now "blocking all non-essential…"), so "(State = N)" decides; the last one wins after a set.
 */
export function parseFirewallGlobalState(text: string): 0 | 1 | 2 | undefined {
  const states = [...text.matchAll(/\(State = (\d)\)/g)].map((m) => Number(m[1]));
  const last = states.at(-1);
  if (last === 0 || last === 1 || last === 2) return last;
  if (/Firewall is disabled/i.test(text)) return 0;
  if (/Firewall is enabled/i.test(text)) return 1;
  return undefined;
}

export interface ListedApp {
  path: string;
  isAllowed: boolean;
}

/** `socketfilterfw --listapps`: "N : /path" then "(Allow|Block incoming connections)". */
export function parseListApps(text: string): ListedApp[] {
  const apps: ListedApp[] = [];
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const m = /^\s*\d+\s*:\s*(\/.*?)\s*(?:\((Allow|Block) incoming connections\))?\s*$/.exec(
      lines[i] ?? '',
    );
    if (!m?.[1]) continue;
    const state = m[2] ?? /\((Allow|Block) incoming connections\)/.exec(lines[i + 1] ?? '')?.[1];
    apps.push({ path: m[1], isAllowed: state === 'Allow' });
  }
  return apps;
}
