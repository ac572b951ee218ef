import { describe, expect, it } from 'vitest';
import { lineEndingVariants, osFixture } from '../../../../test/fixtures/os/read-fixture';
import {
  commandsNamed,
  literal,
  literalsIn,
  word,
} from '../../../../test/fixtures/os/powershell-reader';
import type { CommandSpec } from './run-command';
import { scriptOf } from './powershell';

const scriptIn = (command: CommandSpec): string => scriptOf(command) ?? '';
const words = (values: readonly unknown[]): string[] =>
  values.map((v) => word(v as Parameters<typeof word>[0]));
import {
  decodeProductState,
  defenderStatusCommand,
  firewallProfilesCommand,
  parseDefenderStatus,
  parseFirewallProfiles,
  parseSecurityCenter,
  securityCenterCommand,
} from './windows-security';

describe('Microsoft Defender state', () => {
  it.each(lineEndingVariants(osFixture('windows/get-mpcomputerstatus-docs-example-2013.txt')))(
    'reads the 2013 Get-MpComputerStatus list, which has no IsTamperProtected ($name)',
    ({ text }) => {
      expect(parseDefenderStatus(text)).toEqual({
        runningMode: 'Normal',
        isServiceEnabled: true,
        isAntivirusEnabled: true,
        isRealTimeProtectionEnabled: true,
        isTamperProtected: null,
        signatureAgeDays: 0,
      });
    },
  );

  it('reads Defender switched off by Kaspersky (Get-CimInstance, Russian dates)', () => {
    expect(
      parseDefenderStatus(
        osFixture('windows/get-ciminstance-msft-mpcomputerstatus-ru-kaspersky-excerpt.txt'),
      ),
    ).toEqual({
      runningMode: 'Not running',
      isServiceEnabled: false,
      isAntivirusEnabled: false,
      isRealTimeProtectionEnabled: null,
      isTamperProtected: false,
      signatureAgeDays: null,
    });
  });

  it.each(
    lineEndingVariants(
      osFixture('windows/wmic-msft-mpcomputerstatus-list-server2022-azure-excerpt.txt'),
    ),
  )('reads wmic /format:list on Server 2022 with Tamper Protection on ($name)', ({ text }) => {
    expect(parseDefenderStatus(text)).toMatchObject({
      runningMode: 'Normal',
      isServiceEnabled: true,
      isAntivirusEnabled: true,
      isTamperProtected: true,
      signatureAgeDays: 0,
    });
  });

  it('asks only for the fields it reads, in list form', () => {
    const script = scriptIn(defenderStatusCommand());
    expect(word(commandsNamed(script, 'Get-MpComputerStatus')[0]?.params.ErrorAction)).toBe('Stop');
    const [list] = commandsNamed(script, 'Format-List');
    expect(words(list?.positional ?? [])).toEqual([
      'AMRunningMode',
      'AMServiceEnabled',
      'AntivirusEnabled',
      'RealTimeProtectionEnabled',
      'IsTamperProtected',
      'AntivirusSignatureAge',
      'AMProductVersion',
    ]);
  });

  it('has nothing to say about an error text', () =>
    expect(parseDefenderStatus('Get-MpComputerStatus : 0x800106ba\r\n')).toBeUndefined());
});

describe('Security Center (root\\SecurityCenter2)', () => {
  it('reads F-Secure from wmic list output (the excerpt has no productState)', () => {
    expect(
      parseSecurityCenter(
        osFixture(
          'windows/wmic-securitycenter2-antivirusproduct-list-win10-fr-fsecure-excerpt.txt',
        ),
      ),
    ).toEqual({
      hasSecurityCenter: true,
      products: [
        {
          kind: 'antivirus',
          displayName: 'F-Secure Client Security 12.00',
          productState: null,
          isEnabled: null,
          isUpToDate: null,
          path: 'C:\\Program Files (x86)\\F-Secure\\Anti-Virus\\fsavwsch.exe',
        },
      ],
      errors: [],
    });
  });

  it('treats the invalid namespace of Windows Server as "no Security Center", not an error', () => {
    for (const { text } of lineEndingVariants(
      osFixture('windows/wmic-securitycenter2-antivirusproduct-server-fr-invalid-namespace.txt'),
    ))
      expect(parseSecurityCenter(text)).toEqual({
        hasSecurityCenter: false,
        products: [],
        errors: [],
      });
    // The PowerShell command's own error record, as its catch block prints it.
    const ps =
      'class=AntiVirusProduct\r\nerror=HRESULT 0x8004100e,Microsoft.Management.Infrastructure.CimCmdlets.GetCimInstanceCommand Invalid namespace\r\n\r\n';
    expect(parseSecurityCenter(ps).hasSecurityCenter).toBe(false);
  });

  it('reads "no instance available" as a Security Center without products', () => {
    expect(
      parseSecurityCenter(
        osFixture('windows/wmic-securitycenter-antivirusproduct-win10-fr-no-instance.txt'),
      ),
    ).toEqual({ hasSecurityCenter: true, products: [], errors: [] });
  });

  it('reads the command output with antivirus and firewall records', () => {
    const text = [
      'class=AntiVirusProduct',
      'displayName=Windows Defender',
      'productState=393472',
      'pathToSignedProductExe=windowsdefender://',
      '',
      'class=AntiVirusProduct',
      'displayName=ESET Security',
      'productState=266240',
      'pathToSignedProductExe=C:\\Program Files\\ESET\\ESET Security\\ecmds.exe',
      '',
      'class=FirewallProduct',
      'displayName=ESET Firewall',
      'productState=266256',
      'pathToSignedProductExe=',
      '',
    ].join('\r\n');
    const r = parseSecurityCenter(text);
    expect(r.products.map((p) => [p.kind, p.displayName, p.isEnabled, p.isUpToDate])).toEqual([
      ['antivirus', 'Windows Defender', false, true],
      ['antivirus', 'ESET Security', true, true],
      ['firewall', 'ESET Firewall', true, false],
    ]);
  });

  it.each([
    [397568, true, true],
    [397584, true, false],
    [393472, false, true],
    [266240, true, true],
    [262144, false, true],
  ])('productState %i: enabled %s, up to date %s', (state, isEnabled, isUpToDate) => {
    expect(decodeProductState(state)).toEqual({ isEnabled, isUpToDate });
  });

  it('keeps other errors, so unreadable products are never "none"', () => {
    const text =
      'class=AntiVirusProduct\r\nerror=HRESULT 0x80041003,Microsoft.Management.Infrastructure.CimCmdlets.GetCimInstanceCommand Access denied\r\n\r\n';
    expect(parseSecurityCenter(text)).toEqual({
      hasSecurityCenter: true,
      products: [],
      errors: [
        'AntiVirusProduct: HRESULT 0x80041003,Microsoft.Management.Infrastructure.CimCmdlets.GetCimInstanceCommand Access denied',
      ],
    });
  });

  it('falls back to Get-WmiObject where PowerShell 2.0 has no Get-CimInstance', () => {
    const [wmi] = commandsNamed(scriptIn(securityCenterCommand()), 'Get-WmiObject');
    expect(literal(wmi?.params.Namespace)).toBe('root\\SecurityCenter2');
    expect(wmi?.params.Class).toEqual({ kind: 'variable', name: 'class' });
    expect(word(wmi?.params.ErrorAction)).toBe('Stop');
  });

  it('queries both classes, catching the error per class', () => {
    const script = scriptIn(securityCenterCommand());
    const [cim] = commandsNamed(script, 'Get-CimInstance');
    expect(literal(cim?.params.Namespace)).toBe('root/SecurityCenter2');
    expect(cim?.params.ClassName).toEqual({ kind: 'variable', name: 'class' });
    expect(word(cim?.params.ErrorAction)).toBe('Stop');
    expect(literalsIn(script).slice(0, 2)).toEqual(['AntiVirusProduct', 'FirewallProduct']);
    expect(script).toContain('"error=$($_.FullyQualifiedErrorId) $($_.Exception.Message)"');
  });
});

describe('Windows Firewall profiles', () => {
  it('maps the enum integers of Get-NetFirewallProfile | ConvertTo-Json', () => {
    expect(parseFirewallProfiles(osFixture('windows/get-netfirewallprofile-json.json'))).toEqual([
      {
        name: 'Private',
        isEnabled: true,
        defaultInboundAction: 'NotConfigured',
        defaultOutboundAction: 'NotConfigured',
      },
      {
        name: 'Public',
        isEnabled: true,
        defaultInboundAction: 'NotConfigured',
        defaultOutboundAction: 'NotConfigured',
      },
    ]);
  });

  it('maps Block, Allow and False, and refuses garbage', () => {
    expect(
      parseFirewallProfiles(
        '{"Name":"Domain","Enabled":0,"DefaultInboundAction":4,"DefaultOutboundAction":2}',
      ),
    ).toEqual([
      {
        name: 'Domain',
        isEnabled: false,
        defaultInboundAction: 'Block',
        defaultOutboundAction: 'Allow',
      },
    ]);
    expect(parseFirewallProfiles('Get-NetFirewallProfile : Access denied')).toBeUndefined();
  });

  it('selects the fields as JSON', () => {
    const script = scriptIn(firewallProfilesCommand());
    expect(commandsNamed(script, 'ConvertTo-Json')).toHaveLength(1);
    expect(word(commandsNamed(script, 'Get-NetFirewallProfile')[0]?.params.ErrorAction)).toBe(
      'Stop',
    );
    expect(words(commandsNamed(script, 'Select-Object')[0]?.positional ?? [])).toEqual([
      'Name',
      'Enabled',
      'DefaultInboundAction',
      'DefaultOutboundAction',
    ]);
  });
});
