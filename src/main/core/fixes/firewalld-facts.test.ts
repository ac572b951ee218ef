import { describe, expect, it } from 'vitest';
import {
  firewalldIsRunning,
  parseDirectRules,
  parsePolicyInfo,
  parsePolicyNames,
} from './firewalld-facts';
import { DIRECT_RULES, INFO_POLICY_BLOCKING, INFO_POLICY_OPEN } from './testdata/firewalld-samples';

describe('firewall-cmd parsers', () => {
  it('reads --state: only "running" with exit 0 is running', () => {
    expect(firewalldIsRunning(0, 'running\n')).toBe(true);
    expect(firewalldIsRunning(252, 'not running\n')).toBe(false);
    expect(firewalldIsRunning(0, 'not running\n')).toBe(false);
  });

  it('reads --get-policies as names', () => {
    expect(parsePolicyNames('allow-host-ipv6 block-out\n')).toEqual([
      'allow-host-ipv6',
      'block-out',
    ]);
    expect(parsePolicyNames('\n')).toEqual([]);
  });

  it('reads --info-policy: target, zones, ports, services and rich rules (tab or space indented, colons kept)', () => {
    expect(parsePolicyInfo(INFO_POLICY_BLOCKING)).toEqual({
      name: 'block-out',
      target: 'DROP',
      ingressZones: ['HOST'],
      egressZones: ['ANY'],
      ports: ['22/tcp', '8000-8010/tcp', '53/udp'],
      services: ['dns'],
      richRules: [
        'rule family="ipv6" destination address="fd00::1" port port="8443" protocol="tcp" accept',
        'rule port port="80" protocol="tcp" accept',
      ],
    });
    expect(parsePolicyInfo(INFO_POLICY_OPEN)).toMatchObject({
      name: 'allow-host-ipv6',
      target: 'CONTINUE',
      ingressZones: ['ANY'],
      egressZones: ['HOST'],
      ports: [],
      richRules: [expect.stringContaining('neighbour-advertisement')],
    });
    expect(parsePolicyInfo('')).toBeNull();
  });

  it('reads --direct --get-all-rules, skipping lines that are not rules', () => {
    expect(parseDirectRules(DIRECT_RULES + 'garbage\n')).toEqual([
      {
        ipv: 'ipv4',
        table: 'filter',
        chain: 'OUTPUT',
        priority: 0,
        args: ['-p', 'tcp', '--dport', '443', '-j', 'DROP'],
      },
      {
        ipv: 'ipv4',
        table: 'filter',
        chain: 'INPUT',
        priority: 0,
        args: ['-p', 'tcp', '--dport', '22', '-j', 'ACCEPT'],
      },
      { ipv: 'ipv6', table: 'filter', chain: 'OUTPUT', priority: -5, args: ['-j', 'REJECT'] },
    ]);
  });
});
