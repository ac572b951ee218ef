import type { CommandSpec } from './run-command';

export const macosFirewallStateCommand: CommandSpec = {
  file: '/usr/libexec/ApplicationFirewall/socketfilterfw',
  args: ['--getglobalstate'],
  timeoutMs: 5000,
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
