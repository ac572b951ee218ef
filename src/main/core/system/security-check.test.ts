import { describe, expect, it } from 'vitest';
import { osFixture } from '../../../../test/fixtures/os/read-fixture';
import { builtInCatalog } from '../catalog/load-catalog';
import { translator } from '../../../shared/i18n';
import { checkSecurity } from './security-check';
import { parseDefenderStatus, parseSecurityCenter } from '../os/windows-security';

const en = { t: translator('en'), catalog: builtInCatalog() };
const ja = { t: translator('ja'), catalog: builtInCatalog() };

describe('macOS firewall state (socketfilterfw --getglobalstate)', () => {
  it('warns when it blocks all incoming connections, passes otherwise', () => {
    expect(checkSecurity({ platform: 'darwin', firewallState: 2 }, en)).toMatchObject({
      status: 'warn',
      verdict: 'security_software',
    });
    expect(checkSecurity({ platform: 'darwin', firewallState: 1 }, ja)).toMatchObject({
      status: 'pass',
      verdict: 'ok',
      message: 'macOS のファイアウォールは有効です。',
    });
    expect(
      checkSecurity({ platform: 'darwin', firewallState: 'socketfilterfw: not_found' }, en),
    ).toMatchObject({ status: 'warn', verdict: 'not_determined' });
  });
});

describe('the security check on Windows', () => {
  const defenderOn = parseDefenderStatus(
    osFixture('windows/wmic-msft-mpcomputerstatus-list-server2022-azure-excerpt.txt'),
  );
  const defenderOff = parseDefenderStatus(
    osFixture('windows/get-ciminstance-msft-mpcomputerstatus-ru-kaspersky-excerpt.txt'),
  );
  if (!defenderOn || !defenderOff) throw new Error('fixtures did not parse');

  it('warns about a third-party antivirus that may block the agent (F-Secure)', () => {
    const securityCenter = parseSecurityCenter(
      osFixture('windows/wmic-securitycenter2-antivirusproduct-list-win10-fr-fsecure-excerpt.txt'),
    );
    const f = checkSecurity(
      { platform: 'win32', securityCenter, defender: defenderOff, firewallProfiles: [] },
      en,
    );
    expect(f).toMatchObject({
      status: 'warn',
      verdict: 'security_software',
      message:
        'Security software F-Secure Client Security 12.00 is active and may block Zoho Assist.',
    });
    expect(f.fix).toContain('ZohoMeeting');
  });

  it('says "no Security Center" on Windows Server and gives Defender with Tamper Protection', () => {
    const securityCenter = parseSecurityCenter(
      osFixture('windows/wmic-securitycenter2-antivirusproduct-server-fr-invalid-namespace.txt'),
    );
    expect(
      checkSecurity(
        { platform: 'win32', securityCenter, defender: defenderOn, firewallProfiles: [] },
        en,
      ),
    ).toMatchObject({
      status: 'pass',
      verdict: 'ok',
      message:
        'Windows Server has no Security Center; Microsoft Defender: on, Tamper Protection on.',
    });
    expect(
      checkSecurity(
        { platform: 'win32', securityCenter, defender: defenderOn, firewallProfiles: [] },
        ja,
      ).message,
    ).toBe(
      'Windows Server にはセキュリティ センターがありません。Microsoft Defender: 有効、改ざん防止 有効。',
    );
  });

  it('passes with Defender as the only product', () => {
    const securityCenter = parseSecurityCenter(
      'displayName=Windows Defender\r\nproductState=397568\r\n',
    );
    expect(
      checkSecurity(
        { platform: 'win32', securityCenter, defender: defenderOn, firewallProfiles: [] },
        en,
      ),
    ).toMatchObject({
      status: 'pass',
      message:
        'Security software: Windows Defender (on, Tamper Protection on). Nothing here is expected to block Zoho Assist.',
    });
  });

  it('does not say "no antivirus" when Security Center could not be read', () => {
    const securityCenter = parseSecurityCenter(
      'class=AntiVirusProduct\r\nerror=HRESULT 0x80041003 Access denied\r\n',
    );
    expect(
      checkSecurity(
        { platform: 'win32', securityCenter, defender: defenderOn, firewallProfiles: [] },
        en,
      ),
    ).toMatchObject({ status: 'warn', verdict: 'not_determined' });
    expect(
      checkSecurity(
        {
          platform: 'win32',
          securityCenter: parseSecurityCenter('Aucune instance disponible.\r\n'),
          defender: defenderOn,
          firewallProfiles: [],
        },
        en,
      ),
    ).toMatchObject({
      status: 'pass',
      message: 'No antivirus product is registered with Windows Security.',
    });
  });

  it('never passes when nothing could be read', () => {
    expect(
      checkSecurity(
        {
          platform: 'win32',
          securityCenter: 'powershell: not_found',
          defender: 'Get-MpComputerStatus: not_found',
          firewallProfiles: 'x',
        },
        en,
      ),
    ).toMatchObject({
      status: 'warn',
      verdict: 'not_determined',
    });
  });
});
