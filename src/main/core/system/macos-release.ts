import { compareVersions } from './version-compare';
import { splitLines } from '../os/text-lines';

// From test/fixtures/os/macos-versions.md (Homebrew's macos_version.rb): after 15 comes 26.
const names: readonly (readonly [string, string])[] = [
  ['26', 'macOS Tahoe'],
  ['15', 'macOS Sequoia'],
  ['14', 'macOS Sonoma'],
  ['13', 'macOS Ventura'],
  ['12', 'macOS Monterey'],
  ['11', 'macOS Big Sur'],
  ['10.15', 'macOS Catalina'],
  ['10.14', 'macOS Mojave'],
  ['10.13', 'macOS High Sierra'],
  ['10.12', 'macOS Sierra'],
  ['10.11', 'OS X El Capitan'],
  ['10.10', 'OS X Yosemite'],
  ['10.9', 'OS X Mavericks'],
];

/**
 * 10.16 was Big Sur during its betas (and for old SDKs): treat it as 11. Likewise Tahoe shows as 16 to
 * software built against older SDKs; there is no macOS 16.
 */
export function normaliseMacosVersion(version: string): string {
  if (/^10\.16(\.|$)/.test(version)) return version.replace(/^10\.16/, '11');
  if (/^16(\.|$)/.test(version)) return version.replace(/^16/, '26');
  return version;
}

/** "macOS Sonoma", "OS X Yosemite"; undefined for a version older than the table or not a macOS version. */
export function macosName(version: string): string | undefined {
  const v = normaliseMacosVersion(version);
  const major = v.split('.')[0] ?? '';
  const key = major === '10' ? v.split('.').slice(0, 2).join('.') : major;
  const exact = names.find(([k]) => k === key)?.[1];
  if (exact) return exact;
  // A release newer than the table is still macOS; never guess an older name.
  const newest = names[0];
  if (newest && compareVersions(v, newest[0]) > 0) return 'macOS';
  return undefined;
}

export interface SwVers {
  productName: string;
  productVersion: string;
  buildVersion: string;
}

/** `sw_vers` output; tabs may have become spaces in copies, so split on ":" and whitespace. */
export function parseSwVers(text: string): SwVers | undefined {
  const fields: Record<string, string> = {};
  for (const line of splitLines(text)) {
    const m = /^\s*(\w+):\s*(.*?)\s*$/.exec(line);
    if (m) fields[m[1] ?? ''] = m[2] ?? '';
  }
  const productVersion = fields.ProductVersion;
  if (!productVersion) return undefined;
  return {
    productName: fields.ProductName ?? '',
    productVersion,
    buildVersion: fields.BuildVersion ?? '',
  };
}

/** "System Version: macOS 10.15.2 (19C57)" of `system_profiler SPSoftwareDataType`. */
export function parseSystemVersionLine(
  text: string,
): { version: string; build: string } | undefined {
  for (const line of splitLines(text)) {
    const m = /^\s*System Version:\s*.*?(\d+(?:\.\d+)+)\s*\(([^)]+)\)/.exec(line);
    if (m) return { version: m[1] ?? '', build: m[2] ?? '' };
  }
  return undefined;
}
