import { commandOf, type CommandRunner } from '../os/run-command';
import {
  firewalldIsRunning,
  parseDirectRules,
  parsePolicyInfo,
  parsePolicyNames,
  type FirewalldFacts,
  type FirewalldPolicy,
} from './firewalld-facts';

// A PC has a handful of policies; a bound keeps a strange setup from turning fact-gathering into minutes.
const MAX_POLICIES = 64;

/** firewalld's policies and direct rules while it runs; undefined when it is not installed or not running. */
export async function firewalldFacts(run: CommandRunner): Promise<FirewalldFacts | undefined> {
  const state = await run(commandOf(['firewall-cmd', '--state']));
  if (!firewalldIsRunning(state.code, state.stdout)) return undefined;
  const names = await run(commandOf(['firewall-cmd', '--get-policies']));
  const policies: FirewalldPolicy[] = [];
  // Before 0.9 there are no policies: the option is unknown and the list stays empty.
  for (const name of names.code === 0
    ? parsePolicyNames(names.stdout).slice(0, MAX_POLICIES)
    : []) {
    const info = await run(commandOf(['firewall-cmd', `--info-policy=${name}`]));
    const policy = info.code === 0 ? parsePolicyInfo(info.stdout) : null;
    if (policy) policies.push(policy);
  }
  const direct = await run(commandOf(['firewall-cmd', '--direct', '--get-all-rules']));
  return {
    isRunning: true,
    policies,
    directRules: direct.code === 0 ? parseDirectRules(direct.stdout) : [],
  };
}
