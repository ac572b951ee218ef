import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { osFixture } from '../../../../test/fixtures/os/read-fixture';
import {
  macosFirewallAppsCommand,
  macosFirewallStateCommand,
  parseFirewallGlobalState,
  parseListApps,
} from './macos-firewall';

const shared = (path: string) => readFileSync(`/work/shared/fixtures/${path}`, 'utf8');

describe('macOS firewall state (socketfilterfw --getglobalstate)', () => {
  it('runs the tool by its full path', () => {
    expect(macosFirewallStateCommand).toEqual({
      file: '/usr/libexec/ApplicationFirewall/socketfilterfw',
      args: ['--getglobalstate'],
      timeoutMs: 5000,
    });
    expect([macosFirewallAppsCommand.file, ...macosFirewallAppsCommand.args]).toEqual([
      '/usr/libexec/ApplicationFirewall/socketfilterfw',
      '--listapps',
    ]);
  });

  it.each([
    ['socketfilterfw-getglobalstate-enabled.txt', 1],
    ['socketfilterfw-getglobalstate-state2-old-wording.txt', 2],
    ['socketfilterfw-getglobalstate-state2-new-wording.txt', 2],
    ['socketfilterfw-setglobalstate-off-on.txt', 1],
  ])('%s is state %i', (file, state) => {
    expect(parseFirewallGlobalState(osFixture(`macos/${file}`))).toBe(state);
  });

  it('reads a wording without "(State = N)", and nothing from other text', () => {
    expect(parseFirewallGlobalState('Firewall is disabled. (State = 0)')).toBe(0);
    expect(parseFirewallGlobalState('Firewall is disabled.')).toBe(0);
    expect(parseFirewallGlobalState('command not found')).toBeUndefined();
  });
});

describe('the application firewall list (socketfilterfw --listapps)', () => {
  it('reads each app with whether it is allowed', () => {
    const apps = parseListApps(shared('macos/socketfilterfw-listapps-macos-recent.txt'));
    expect(apps).toHaveLength(9);
    expect(apps[0]).toEqual({ path: '/usr/libexec/sshd-session', isAllowed: false });
    expect(apps[3]).toEqual({ path: '/usr/bin/python3', isAllowed: true });
  });
});
