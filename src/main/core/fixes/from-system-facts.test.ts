import { describe, expect, it } from 'vitest';
import { osFixture } from '../../../../test/fixtures/os/read-fixture';
import {
  parseDefenderStatus,
  parseFirewallProfiles,
  parseSecurityCenter,
} from '../os/windows-security';
import { windowsFactsFromSecurity } from './from-system-facts';

// The planner's Windows facts come from the same probe the security check runs (core/os): these are the
// parsers production uses, on verbatim outputs.
const noProducts = { hasSecurityCenter: true, products: [], errors: [] };

describe('windowsFactsFromSecurity', () => {
  it('reads an active Defender without Tamper Protection data (2013 docs example), the firewall on', () => {
    const facts = windowsFactsFromSecurity(
      {
        platform: 'win32',
        securityCenter: noProducts,
        defender:
          parseDefenderStatus(osFixture('windows/get-mpcomputerstatus-docs-example-2013.txt')) ??
          'unreadable',
        firewallProfiles:
          parseFirewallProfiles(osFixture('windows/get-netfirewallprofile-json.json')) ??
          'unreadable',
      },
      false,
    );
    expect(facts).toEqual({
      firewallEnabled: true,
      defender: {
        isActive: true,
        runningMode: 'Normal',
        isTamperProtected: null,
        isPolicyManaged: false,
      },
      otherAntivirus: [],
    });
  });

  it('reads Defender switched off by Kaspersky (Russian PC), and every profile off', () => {
    const facts = windowsFactsFromSecurity(
      {
        platform: 'win32',
        securityCenter: noProducts,
        defender:
          parseDefenderStatus(
            osFixture('windows/get-ciminstance-msft-mpcomputerstatus-ru-kaspersky-excerpt.txt'),
          ) ?? 'unreadable',
        firewallProfiles:
          parseFirewallProfiles(
            '[{"Name":"Domain","Enabled":0,"DefaultInboundAction":0,"DefaultOutboundAction":0},{"Name":"Public","Enabled":0,"DefaultInboundAction":0,"DefaultOutboundAction":0}]',
          ) ?? 'unreadable',
      },
      false,
    );
    expect(facts.defender).toEqual({
      isActive: false,
      runningMode: 'Not running',
      isTamperProtected: false,
      isPolicyManaged: false,
    });
    expect(facts.firewallEnabled).toBe(false);
  });

  it('leaves unknowns where the probe could not read (F-Secure listed, Defender and profiles unreadable)', () => {
    const facts = windowsFactsFromSecurity(
      {
        platform: 'win32',
        securityCenter: parseSecurityCenter(
          osFixture(
            'windows/wmic-securitycenter2-antivirusproduct-list-win10-fr-fsecure-excerpt.txt',
          ),
        ),
        defender: 'Get-MpComputerStatus: not_found',
        firewallProfiles: 'Get-NetFirewallProfile: unreadable output',
      },
      true,
    );
    expect(facts).toEqual({
      firewallEnabled: null,
      defender: {
        isActive: null,
        runningMode: null,
        isTamperProtected: null,
        isPolicyManaged: true,
      },
      otherAntivirus: ['F-Secure Client Security 12.00'],
    });
  });
});
