import { describe, expect, it } from 'vitest';
import { builtInCatalog } from '../catalog/load-catalog';
import { exited, fakeRunner, notStarted } from '../../../../test/fixtures/os/fake-runner';
import type { CommandOutcome } from '../os/run-command';
import { firewalldFacts } from './firewalld-gather';
import { gatherFacts } from './gather-facts';
import { DIRECT_RULES, INFO_POLICY_BLOCKING, INFO_POLICY_OPEN } from './testdata/firewalld-samples';

// firewalld cannot run safely here: the runner answers firewall-cmd with samples in its documented layout
// (testdata/firewalld-samples.ts) and records every command, so the queries themselves are checked too.
const done = (stdout: string): CommandOutcome => exited(0, stdout);
function firewallCmd(answers: Record<string, CommandOutcome>) {
  return fakeRunner((argv) =>
    argv[0] !== 'firewall-cmd'
      ? notStarted('ENOENT')
      : (answers[argv.slice(1).join(' ')] ?? exited(2, '', 'Error: unexpected')),
  );
}

describe('firewalldFacts', () => {
  it('reads the policies one by one and the direct rules while firewalld runs', async () => {
    const run = firewallCmd({
      '--state': done('running\n'),
      '--get-policies': done('allow-host-ipv6 block-out\n'),
      '--info-policy=allow-host-ipv6': done(INFO_POLICY_OPEN),
      '--info-policy=block-out': done(INFO_POLICY_BLOCKING),
      '--direct --get-all-rules': done(DIRECT_RULES),
    });
    const facts = await firewalldFacts(run);
    expect(facts?.isRunning).toBe(true);
    expect(facts?.policies.map((p) => [p.name, p.target])).toEqual([
      ['allow-host-ipv6', 'CONTINUE'],
      ['block-out', 'DROP'],
    ]);
    expect(facts?.directRules).toHaveLength(3);
    expect(run.calls).toEqual([
      ['firewall-cmd', '--state'],
      ['firewall-cmd', '--get-policies'],
      ['firewall-cmd', '--info-policy=allow-host-ipv6'],
      ['firewall-cmd', '--info-policy=block-out'],
      ['firewall-cmd', '--direct', '--get-all-rules'],
    ]);
  });

  it('an old firewalld without policies still gives its direct rules', async () => {
    const run = firewallCmd({
      '--state': done('running\n'),
      '--direct --get-all-rules': done(DIRECT_RULES),
    });
    expect(await firewalldFacts(run)).toMatchObject({
      isRunning: true,
      policies: [],
      directRules: [{ ipv: 'ipv4' }, { ipv: 'ipv4' }, { ipv: 'ipv6' }],
    });
  });

  it('is absent when firewalld is stopped or not installed, and asks nothing more', async () => {
    const stopped = firewallCmd({ '--state': exited(252, 'not running\n') });
    expect(await firewalldFacts(stopped)).toBeUndefined();
    expect(stopped.calls).toEqual([['firewall-cmd', '--state']]);
    const linux = await gatherFacts(
      builtInCatalog(),
      {},
      { runner: firewallCmd({}), platform: 'linux', isPrivileged: true, home: '/root' },
    );
    expect(linux.linux?.firewalld).toBeUndefined();
  });

  it('lands in the Linux facts gathered for the planner', async () => {
    const run = firewallCmd({
      '--state': done('running\n'),
      '--get-policies': done('block-out\n'),
      '--info-policy=block-out': done(INFO_POLICY_BLOCKING),
      '--direct --get-all-rules': done(''),
    });
    const facts = await gatherFacts(
      builtInCatalog(),
      {},
      { runner: run, platform: 'linux', isPrivileged: true, home: '/root' },
    );
    expect(facts.linux?.firewalld?.policies.map((p) => p.name)).toEqual(['block-out']);
  });
});
