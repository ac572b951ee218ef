import { describe, expect, it } from 'vitest';
import { osFixture } from '../../../../test/fixtures/os/read-fixture';
import {
  isNoTrustSettings,
  isTrustedRootForTls,
  keychainCertificatesCommand,
  parseTrustSettings,
  trustSettingsCommand,
} from './trust-store-macos';

describe('security dump-trust-settings (verbatim, a corporate Mac)', () => {
  const entries = parseTrustSettings(
    osFixture('macos/security-dump-trust-settings-d-corporate-excerpt.txt'),
  );

  it('reads each certificate and its settings, from the first "Cert" on', () => {
    expect(entries.map((e) => [e.label, e.settings.length])).toEqual([
      ['isepsncorpeditc2.igrupobbva', 2],
      ['link.live.es.platform.bbva.com', 3],
    ]);
    expect(entries[1]?.settings[0]).toEqual({
      policy: 'SSL',
      policyString: '185.24.6.15',
      allowedError: 'CSSMERR_TP_CERT_EXPIRED',
      resultType: 'kSecTrustSettingsResultTrustAsRoot',
    });
    // The excerpt ends after the last setting's policy: it has no result, which is Apple's default.
    expect(entries[1]?.settings[2]).toEqual({ policy: 'Apple X509 Basic' });
  });

  it('trusts a root for TLS only when a setting for every policy or for SSL, without a host limit, says so', () => {
    // EAP and X509 Basic only: not a root for TLS servers.
    expect(isTrustedRootForTls(entries[0]!)).toBe(false);
    // SSL, but only for one host (Policy String): not a root for Zoho's hosts.
    expect(isTrustedRootForTls(entries[1]!)).toBe(false);
  });
});

describe('isTrustedRootForTls (Apple’s rules)', () => {
  it('an empty settings list is "always trust"; a Deny for SSL wins; a missing result is TrustRoot', () => {
    expect(isTrustedRootForTls({ label: 'Corp Root', settings: [] })).toBe(true);
    expect(
      isTrustedRootForTls({
        label: 'Corp Root',
        settings: [{ policy: 'SSL', resultType: 'kSecTrustSettingsResultDeny' }, {}],
      }),
    ).toBe(false);
    expect(isTrustedRootForTls({ label: 'Corp Root', settings: [{ policy: 'SSL' }] })).toBe(true);
    expect(
      isTrustedRootForTls({
        label: 'Corp Root',
        settings: [{ resultType: 'kSecTrustSettingsResultUnspecified' }],
      }),
    ).toBe(false);
  });

  it('knows the "no trust settings" exit, which is an empty domain', () => {
    // cssmPerror's "%s: %s" in trusted_cert_dump.c, for errSecNoTrustSettings.
    expect(
      isNoTrustSettings('SecTrustSettingsCopyCertificates: No Trust Settings were found.\n'),
    ).toBe(true);
    expect(isNoTrustSettings('security: unable to open keychain')).toBe(false);
  });
});

describe('the commands', () => {
  it('are /usr/bin/security with argument arrays', () => {
    expect(trustSettingsCommand('admin')).toMatchObject({
      file: '/usr/bin/security',
      args: ['dump-trust-settings', '-d'],
    });
    expect(trustSettingsCommand('user').args).toEqual(['dump-trust-settings']);
    expect(keychainCertificatesCommand('/Library/Keychains/System.keychain').args).toEqual([
      'find-certificate',
      '-a',
      '-p',
      '/Library/Keychains/System.keychain',
    ]);
  });
});
