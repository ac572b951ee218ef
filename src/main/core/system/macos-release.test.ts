import { describe, expect, it } from 'vitest';
import { osFixture } from '../../../../test/fixtures/os/read-fixture';
import {
  macosName,
  normaliseMacosVersion,
  parseSwVers,
  parseSystemVersionLine,
} from './macos-release';
import { swVersCommand } from './os-probe';

// Every row of test/fixtures/os/macos-versions.md.
const rows = [
  ...osFixture('macos-versions.md').matchAll(/^\| (\d+(?:\.\d+)?) \| ((?:OS X|macOS) [^|]+?) \|/gm),
].map((m) => ({ version: m[1] ?? '', name: m[2] ?? '' }));

describe('macOS version → name', () => {
  it('reads all 13 rows of the table', () => expect(rows).toHaveLength(13));

  it.each(rows)('$version is $name', ({ version, name }) => {
    expect(macosName(version)).toBe(name);
    expect(macosName(`${version}.3`)).toBe(name);
  });

  it('treats 10.16 (Big Sur betas, old SDKs) as 11 and 16 (Tahoe seen by old SDKs) as 26', () => {
    expect(normaliseMacosVersion('10.16.1')).toBe('11.1');
    expect(macosName('10.16')).toBe('macOS Big Sur');
    expect(normaliseMacosVersion('16.0')).toBe('26.0');
    expect(macosName('16.0')).toBe('macOS Tahoe');
  });

  it('names a release newer than the table plain "macOS", and an older one not at all', () => {
    expect(macosName('27.1')).toBe('macOS');
    expect(macosName('10.8.5')).toBeUndefined();
  });
});

describe('sw_vers', () => {
  it('runs sw_vers without arguments', () =>
    expect(swVersCommand).toEqual({ file: 'sw_vers', args: [], timeoutMs: 5000 }));

  it.each([
    [
      'sw_vers-10.10-14A389a.txt',
      { productName: 'Mac OS X', productVersion: '10.10', buildVersion: '14A389a' },
      'OS X Yosemite',
    ],
    [
      'sw_vers-10.13.txt',
      { productName: 'Mac OS X', productVersion: '10.13', buildVersion: '17A405' },
      'macOS High Sierra',
    ],
    [
      'sw_vers-10.15.5-tabs-lost.txt',
      { productName: 'Mac OS X', productVersion: '10.15.5', buildVersion: '19F101' },
      'macOS Catalina',
    ],
  ])('reads %s', (file, expected, name) => {
    const text = osFixture(`macos/${file}`);
    expect(parseSwVers(text)).toEqual(expected);
    expect(parseSwVers(text.replace(/\n/g, '\r\n'))).toEqual(expected);
    expect(macosName(expected.productVersion)).toBe(name);
  });

  it('has nothing to say about text without a ProductVersion', () =>
    expect(parseSwVers('sw_vers: command not found\n')).toBeUndefined());
});

describe('system_profiler SPSoftwareDataType (text)', () => {
  it.each([
    [
      'system_profiler-SPSoftwareDataType-text-10.10.5.txt',
      { version: '10.10.5', build: '14F2511' },
    ],
    ['system_profiler-SPSoftwareDataType-text-10.15.2.txt', { version: '10.15.2', build: '19C57' }],
  ])('reads the System Version line of %s', (file, expected) => {
    expect(parseSystemVersionLine(osFixture(`macos/${file}`))).toEqual(expected);
  });
});
