import { readFileSync } from 'node:fs';
import { undoCommandsOf } from './undo-commands';
import { describe, expect, it } from 'vitest';
import { builtInCatalog } from '../catalog/load-catalog';
import {
  parseDirectRules,
  parsePolicyInfo,
  type FirewalldFacts,
  type FirewalldPolicy,
} from './firewalld-facts';
import type { PcFacts } from './pc-facts';
import { planFixes } from './planner';
import { DIRECT_RULES, INFO_POLICY_BLOCKING, INFO_POLICY_OPEN } from './testdata/firewalld-samples';

// firewalld cannot run safely on this machine: the planner is a pure function, checked on facts parsed from
// samples in firewall-cmd's documented layout (see testdata/firewalld-samples.ts), down to each argument.
const catalog = builtInCatalog();
const ruleset = (name: string) =>
  readFileSync(new URL(`./testdata/${name}`, import.meta.url), 'utf8');
const EMPTY = '{"nftables": []}';
const policy = (text: string): FirewalldPolicy => {
  const p = parsePolicyInfo(text);
  if (!p) throw new Error('sample does not parse');
  return p;
};
const linux = (firewalld: FirewalldFacts | undefined, nft: string | null = EMPTY): PcFacts => ({
  platform: 'linux',
  isPrivileged: false,
  home: '/home/taro',
  env: {},
  linux: {
    nftRulesetJson: nft,
    ...(nft === null ? { nftUnreadableReason: 'Operation not permitted' } : {}),
    ...(firewalld ? { firewalld } : {}),
  },
});
const running = (policies: FirewalldPolicy[], direct = ''): FirewalldFacts => ({
  isRunning: true,
  policies,
  directRules: parseDirectRules(direct),
});
const RULE_443 = 'rule port port="443" protocol="tcp" accept';

describe('planFixes with firewalld', () => {
  it('adds a runtime rich rule to a HOST→ANY policy that drops, only for ports it does not already allow, and removes exactly that', () => {
    const [c, ...rest] = planFixes(
      catalog,
      linux(running([policy(INFO_POLICY_BLOCKING), policy(INFO_POLICY_OPEN)])),
      'en',
    );
    expect(rest).toEqual([]);
    expect(c).toMatchObject({
      id: 'linux-firewalld-policy:block-out',
      state: 'needed',
      needsElevation: true,
    });
    // Port 80 is allowed by the policy's own identical rich rule: adding it again would let undo remove theirs.
    expect(c?.commands).toEqual([
      ['firewall-cmd', '--policy=block-out', `--add-rich-rule=${RULE_443}`],
    ]);
    expect(c?.undoCommands).toEqual([
      ['firewall-cmd', '--policy=block-out', `--remove-rich-rule=${RULE_443}`],
    ]);
    expect(undoCommandsOf(c!.journalUndo, '/data')).toEqual({
      commands: [['firewall-cmd', '--policy=block-out', `--remove-rich-rule=${RULE_443}`]],
      needsElevation: true,
      nftRules: [],
    });
    expect(c?.commands.flat().some((a) => a.includes('--permanent'))).toBe(false);
    expect(c?.description).toMatch(/not --permanent/);
  });

  it('plans nothing when firewalld is not running, or its policies do not block', () => {
    expect(planFixes(catalog, linux(undefined), 'en')).toEqual([]);
    expect(
      planFixes(
        catalog,
        linux({ ...running([policy(INFO_POLICY_BLOCKING)]), isRunning: false }),
        'en',
      ),
    ).toEqual([]);
    expect(planFixes(catalog, linux(running([policy(INFO_POLICY_OPEN)])), 'en')).toEqual([]);
    // Inbound (ANY→HOST) with DROP, and HOST→zone with ACCEPT, do not block this PC's outgoing connections.
    const inbound = {
      ...policy(INFO_POLICY_BLOCKING),
      ingressZones: ['ANY'],
      egressZones: ['HOST'],
    };
    const accepting = { ...policy(INFO_POLICY_BLOCKING), target: 'ACCEPT' };
    expect(planFixes(catalog, linux(running([inbound, accepting])), 'en')).toEqual([]);
  });

  it('treats a HOST→zone REJECT policy as blocking, with ports, ranges and services already allowed left alone', () => {
    const base = {
      ...policy(INFO_POLICY_BLOCKING),
      name: 'to-public',
      target: '%%REJECT%%',
      egressZones: ['public'],
      richRules: [],
    };
    expect(planFixes(catalog, linux(running([base])), 'en')[0]?.commands).toEqual([
      [
        'firewall-cmd',
        '--policy=to-public',
        '--add-rich-rule=rule port port="80" protocol="tcp" accept',
      ],
      ['firewall-cmd', '--policy=to-public', `--add-rich-rule=${RULE_443}`],
    ]);
    expect(
      planFixes(
        catalog,
        linux(running([{ ...base, services: ['https'], ports: ['1-100/tcp'] }])),
        'en',
      ),
    ).toEqual([]);
  });

  it('skips a policy whose name is not one firewall-cmd could have given', () => {
    expect(
      planFixes(
        catalog,
        linux(running([{ ...policy(INFO_POLICY_BLOCKING), name: '--permanent' }])),
        'en',
      ),
    ).toEqual([]);
  });

  it('allows ahead of a direct OUTPUT drop (one priority below it), per IP version, and removes exactly that rule', () => {
    const changes = planFixes(catalog, linux(running([], DIRECT_RULES)), 'ja');
    expect(changes.map((c) => c.id)).toEqual([
      'linux-firewalld-direct:ipv4',
      'linux-firewalld-direct:ipv6',
    ]);
    expect(changes[0]?.commands).toEqual([
      [
        'firewall-cmd',
        '--direct',
        '--add-rule',
        'ipv4',
        'filter',
        'OUTPUT',
        '-1',
        '-p',
        'tcp',
        '--dport',
        '443',
        '-j',
        'ACCEPT',
      ],
    ]);
    expect(undoCommandsOf(changes[0]!.journalUndo, '/data')).toEqual({
      commands: [
        [
          'firewall-cmd',
          '--direct',
          '--remove-rule',
          'ipv4',
          'filter',
          'OUTPUT',
          '-1',
          '-p',
          'tcp',
          '--dport',
          '443',
          '-j',
          'ACCEPT',
        ],
      ],
      needsElevation: true,
      nftRules: [],
    });
    // A bare REJECT at -5 blocks both ports; the allow goes at -6.
    expect(changes[1]?.commands).toEqual([
      [
        'firewall-cmd',
        '--direct',
        '--add-rule',
        'ipv6',
        'filter',
        'OUTPUT',
        '-6',
        '-p',
        'tcp',
        '--dport',
        '80',
        '-j',
        'ACCEPT',
      ],
      [
        'firewall-cmd',
        '--direct',
        '--add-rule',
        'ipv6',
        'filter',
        'OUTPUT',
        '-6',
        '-p',
        'tcp',
        '--dport',
        '443',
        '-j',
        'ACCEPT',
      ],
    ]);
    expect(changes[0]?.description).toMatch(/--permanent は使いません/);
  });

  it('needs nothing for a direct drop that an earlier unconditional accept already lets through, or that is UDP only', () => {
    const direct = [
      'ipv4 filter OUTPUT -10 -p tcp --dport 443 -j ACCEPT',
      'ipv4 filter OUTPUT 0 -p tcp -m multiport --dports 80,443 -j DROP',
      'ipv4 filter OUTPUT 0 -p udp --dport 80 -j DROP',
    ].join('\n');
    const [c] = planFixes(catalog, linux(running([], direct)), 'en');
    expect(c?.commands).toEqual([
      [
        'firewall-cmd',
        '--direct',
        '--add-rule',
        'ipv4',
        'filter',
        'OUTPUT',
        '-1',
        '-p',
        'tcp',
        '--dport',
        '80',
        '-j',
        'ACCEPT',
      ],
    ]);
    // A conditional accept (to one address) does not count as allowed.
    const conditional = [
      'ipv4 filter OUTPUT -10 -d 10.0.0.1 -p tcp --dport 443 -j ACCEPT',
      'ipv4 filter OUTPUT 3 -p tcp --dport 443 -j DROP',
    ].join('\n');
    expect(planFixes(catalog, linux(running([], conditional)), 'en')[0]?.commands).toEqual([
      [
        'firewall-cmd',
        '--direct',
        '--add-rule',
        'ipv4',
        'filter',
        'OUTPUT',
        '0',
        '-p',
        'tcp',
        '--dport',
        '443',
        '-j',
        'ACCEPT',
      ],
    ]);
  });

  it('while firewalld runs, leaves its own nftables table alone (a reload would wipe our rule); otherwise edits it', () => {
    const inFirewalldTable = ruleset('nft-policy-drop.json').replaceAll('"corp"', '"firewalld"');
    expect(planFixes(catalog, linux(running([]), inFirewalldTable), 'en')).toEqual([]);
    expect(planFixes(catalog, linux(undefined, inFirewalldTable), 'en').map((c) => c.id)).toEqual([
      'linux-nft:inet:firewalld:out',
    ]);
    // Another table's drop is still ours to fix next to firewalld.
    expect(
      planFixes(catalog, linux(running([]), ruleset('nft-policy-drop.json')), 'en').map(
        (c) => c.id,
      ),
    ).toEqual(['linux-nft:inet:corp:out']);
  });

  it('does not edit iptables’ filter table behind firewalld’s direct rules, which it fixes itself', () => {
    const filterTable = ruleset('nft-policy-drop.json').replaceAll('"corp"', '"filter"');
    expect(
      planFixes(catalog, linux(running([], DIRECT_RULES), filterTable), 'en').map((c) => c.id),
    ).toEqual(['linux-firewalld-direct:ipv4', 'linux-firewalld-direct:ipv6']);
    expect(planFixes(catalog, linux(running([]), filterTable), 'en').map((c) => c.id)).toEqual([
      'linux-nft:inet:filter:out',
    ]);
  });

  it('with unreadable nftables, plans firewalld’s fix instead of asking for rights', () => {
    expect(
      planFixes(catalog, linux(running([policy(INFO_POLICY_BLOCKING)]), null), 'en').map(
        (c) => c.id,
      ),
    ).toEqual(['linux-firewalld-policy:block-out']);
    expect(planFixes(catalog, linux(undefined, null), 'en').map((c) => c.id)).toEqual([
      'linux-nft-unreadable',
    ]);
  });
});
