import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  defenderFromStatus,
  firewallEnabledFromProfiles,
  firewallStateFromGlobalState,
  parseListApps,
} from './pc-facts';

const fixture = (path: string) => readFileSync(`/work/shared/fixtures/${path}`, 'utf8');

describe('facts from verbatim outputs', () => {
  it('reads an active Defender without Tamper Protection data (2013 docs example)', () => {
    expect(
      defenderFromStatus(fixture('windows/get-mpcomputerstatus-docs-example-2013.txt')),
    ).toEqual({
      isActive: true,
      runningMode: 'Normal',
      isTamperProtected: null,
      isPolicyManaged: false,
    });
  });

  it('reads Defender switched off by Kaspersky (Russian PC)', () => {
    expect(
      defenderFromStatus(
        fixture('windows/get-ciminstance-msft-mpcomputerstatus-ru-kaspersky-excerpt.txt'),
      ),
    ).toEqual({
      isActive: false,
      runningMode: 'Not running',
      isTamperProtected: false,
      isPolicyManaged: false,
    });
  });

  it('reads the firewall profiles as enabled (enum integers)', () => {
    expect(firewallEnabledFromProfiles(fixture('windows/get-netfirewallprofile-json.json'))).toBe(
      true,
    );
    expect(firewallEnabledFromProfiles('[{"Enabled":0},{"Enabled":0}]')).toBe(false);
    expect(firewallEnabledFromProfiles('not json')).toBeNull();
  });

  it('reads the macOS firewall state in every wording', () => {
    expect(
      firewallStateFromGlobalState(fixture('macos/socketfilterfw-getglobalstate-enabled.txt')),
    ).toBe(1);
    expect(
      firewallStateFromGlobalState(
        fixture('macos/socketfilterfw-getglobalstate-state2-old-wording.txt'),
      ),
    ).toBe(2);
    expect(
      firewallStateFromGlobalState(
        fixture('macos/socketfilterfw-getglobalstate-state2-new-wording.txt'),
      ),
    ).toBe(2);
    expect(firewallStateFromGlobalState('Firewall is disabled. (State = 0)')).toBe(0);
  });

  it('reads the application firewall list', () => {
    const apps = parseListApps(fixture('macos/socketfilterfw-listapps-macos-recent.txt'));
    expect(apps).toHaveLength(9);
    expect(apps[0]).toEqual({ path: '/usr/libexec/sshd-session', isAllowed: false });
    expect(apps[3]).toEqual({ path: '/usr/bin/python3', isAllowed: true });
  });
});
