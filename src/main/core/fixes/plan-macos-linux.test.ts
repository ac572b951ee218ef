import { readFileSync } from 'node:fs';
import { undoCommandsOf } from './undo-commands';
import { describe, expect, it } from 'vitest';
import { builtInCatalog } from '../catalog/load-catalog';
import { parseFirewallGlobalState, parseListApps } from '../os/macos-firewall';
import type { MacFacts, PcFacts } from './pc-facts';
import { planFixes } from './planner';

const fixture = (path: string) => readFileSync(`/work/shared/fixtures/${path}`, 'utf8');
const ruleset = (name: string) =>
  readFileSync(new URL(`./testdata/${name}`, import.meta.url), 'utf8');
const SFW = '/usr/libexec/ApplicationFirewall/socketfilterfw';
const catalog = builtInCatalog();

const macHome = '/Users/やまだ はなこ';
const app = `${macHome}/Library/Application Support/ZohoMeetingNative/Zoho Assist.app`;
const mac = (m: Partial<MacFacts>): PcFacts => ({
  platform: 'darwin',
  isPrivileged: false,
  home: macHome,
  env: {},
  macos: {
    firewallState:
      parseFirewallGlobalState(fixture('macos/socketfilterfw-getglobalstate-enabled.txt')) ?? null,
    listedApps: parseListApps(fixture('macos/socketfilterfw-listapps-macos-recent.txt')),
    agentApps: [app],
    ...m,
  },
});

describe('planFixes on macOS', () => {
  it('adds and unblocks the agent app as separate arguments (spaces, 日本語 kept whole), and removes it on undo', () => {
    const [c] = planFixes(catalog, mac({}), 'en');
    expect(c).toMatchObject({ id: 'macos-firewall', state: 'needed', needsElevation: true });
    expect(c?.commands).toEqual([
      [SFW, '--add', app],
      [SFW, '--unblockapp', app],
    ]);
    expect(c?.undoCommands).toEqual([[SFW, '--remove', app]]);
    expect(undoCommandsOf(c!.journalUndo, '/data')).toEqual({
      commands: [[SFW, '--remove', app]],
      needsElevation: true,
      nftRules: [],
    });
  });

  it('blocks again on undo an app that was listed as blocked before, and skips one already allowed', () => {
    const blocked = mac({ listedApps: [{ path: app, isAllowed: false }] });
    expect(planFixes(catalog, blocked, 'en')[0]?.undoCommands).toEqual([[SFW, '--blockapp', app]]);
    expect(planFixes(catalog, mac({ listedApps: [{ path: app, isAllowed: true }] }), 'en')).toEqual(
      [],
    );
  });

  it('needs nothing with the firewall off; says why with block-all on or the app missing', () => {
    expect(planFixes(catalog, mac({ firewallState: 0 }), 'en')).toEqual([]);
    const state2 =
      parseFirewallGlobalState(
        fixture('macos/socketfilterfw-getglobalstate-state2-new-wording.txt'),
      ) ?? null;
    expect(planFixes(catalog, mac({ firewallState: state2 }), 'en')[0]).toMatchObject({
      state: 'not_possible',
      reason: expect.stringMatching(/block all incoming/),
    });
    expect(planFixes(catalog, mac({ agentApps: [] }), 'ja')[0]?.reason).toMatch(
      /まだインストールされていません/,
    );
  });

  it('ignores an app found outside the allowed folders', () => {
    expect(planFixes(catalog, mac({ agentApps: ['/System/Evil.app'] }), 'en')[0]?.state).toBe(
      'not_possible',
    );
  });
});

const linux = (
  nftRulesetJson: string | null,
  ufw?: {
    isActive: boolean;
    defaultOutgoing: 'allow' | 'deny' | 'reject';
    allowedOutPorts?: number[];
  },
): PcFacts => ({
  platform: 'linux',
  isPrivileged: true,
  home: '/home/taro',
  env: {},
  linux: {
    nftRulesetJson,
    ...(nftRulesetJson === null ? { nftUnreadableReason: 'Operation not permitted' } : {}),
    ...(ufw ? { ufw } : {}),
  },
});

describe('planFixes on Linux', () => {
  it('appends to a chain that only its policy drops, marked with our comment; undo finds it by that comment', () => {
    const [c] = planFixes(catalog, linux(ruleset('nft-policy-drop.json')), 'en');
    expect(c).toMatchObject({ id: 'linux-nft:inet:corp:out', state: 'needed' });
    expect(c?.commands).toEqual([
      [
        'nft',
        'add',
        'rule',
        'inet',
        'corp',
        'out',
        'tcp',
        'dport',
        '{ 80, 443 }',
        'accept',
        'comment',
        '"session-prep:inet:corp:out"',
      ],
    ]);
    expect(undoCommandsOf(c!.journalUndo, '/data')).toEqual({
      commands: [],
      needsElevation: true,
      nftRules: [
        { family: 'inet', table: 'corp', chain: 'out', comment: 'session-prep:inet:corp:out' },
      ],
    });
  });

  it('inserts ahead of the rule that rejects', () => {
    const [c] = planFixes(catalog, linux(ruleset('nft-reject-443.json')), 'en');
    expect(c?.commands).toEqual([
      [
        'nft',
        'insert',
        'rule',
        'ip',
        'corp',
        'out',
        'position',
        '4',
        'tcp',
        'dport',
        '{ 80, 443 }',
        'accept',
        'comment',
        '"session-prep:ip:corp:out"',
      ],
    ]);
  });

  it('needs nothing when the ports are open', () => {
    expect(planFixes(catalog, linux(ruleset('nft-open.json')), 'en')).toEqual([]);
  });

  it('uses ufw when ufw denies outgoing', () => {
    const [c] = planFixes(
      catalog,
      linux('{"nftables": []}', { isActive: true, defaultOutgoing: 'deny' }),
      'en',
    );
    expect(c?.commands).toEqual([
      ['ufw', 'allow', 'out', '80/tcp', 'comment', 'session-prep'],
      ['ufw', 'allow', 'out', '443/tcp', 'comment', 'session-prep'],
    ]);
    expect(c?.journalUndo).toEqual({ kind: 'linux-ufw', ports: [80, 443] });
    expect(c?.undoCommands).toEqual([
      ['ufw', 'delete', 'allow', 'out', '80/tcp'],
      ['ufw', 'delete', 'allow', 'out', '443/tcp'],
    ]);
  });

  it('leaves ports ufw already allows alone (so undo cannot delete a rule that was there before)', () => {
    const [c] = planFixes(
      catalog,
      linux('{"nftables": []}', {
        isActive: true,
        defaultOutgoing: 'reject',
        allowedOutPorts: [443],
      }),
      'en',
    );
    expect(c?.commands).toEqual([['ufw', 'allow', 'out', '80/tcp', 'comment', 'session-prep']]);
    expect(
      planFixes(
        catalog,
        linux('{"nftables": []}', {
          isActive: true,
          defaultOutgoing: 'deny',
          allowedOutPorts: [80, 443],
        }),
        'en',
      ),
    ).toEqual([]);
  });

  it('says it cannot read the rules without rights', () => {
    expect(planFixes(catalog, linux(null), 'en')[0]).toMatchObject({
      state: 'not_possible',
      reason: expect.stringContaining('Operation not permitted'),
    });
  });
});
