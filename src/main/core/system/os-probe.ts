import { readFile } from 'node:fs/promises';
import { machine } from 'node:os';
import { linuxReleaseOf, parseOsRelease } from './linux-release';
import { macosName, normaliseMacosVersion, parseSwVers } from './macos-release';
import { osArchitecture } from '../os/platform';
import type { OsFacts } from './os-facts';
import { parseRegQuery, regQueryCommand, regValuesOf } from '../os/reg-query';
import { runCommand, type CommandSpec, type RunOptions } from '../os/run-command';
import { windowsMarketingName, windowsVersionFromValues } from './windows-release';

export const windowsCurrentVersionKey = 'HKLM\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion';
export const windowsProductOptionsKey = 'HKLM\\SYSTEM\\CurrentControlSet\\Control\\ProductOptions';

/** The commands the Windows OS probe runs: the CurrentVersion key, and ProductType (client or server). */
export function windowsOsCommands(): CommandSpec[] {
  return [
    regQueryCommand(windowsCurrentVersionKey),
    regQueryCommand(windowsProductOptionsKey, 'ProductType'),
  ];
}

export const swVersCommand: CommandSpec = { file: 'sw_vers', args: [], timeoutMs: 5000 };

export type OsProbe = { ok: true; facts: OsFacts } | { ok: false; reason: string };

/** The OS of this machine, named as its vendor names it. */
export async function probeOs(
  platform: NodeJS.Platform,
  env: NodeJS.ProcessEnv,
  options: RunOptions = {},
): Promise<OsProbe> {
  const arch = osArchitecture(machine(), env);
  switch (platform) {
    case 'win32':
      return probeWindowsOs(arch, options);
    case 'darwin':
      return probeMacosOs(arch, options);
    case 'linux':
      return probeLinuxOs(arch);
    default:
      return {
        ok: true,
        facts: { platform, family: undefined, name: platform, version: '', ...arch },
      };
  }
}

async function probeWindowsOs(
  arch: { arch: string; is64Bit: boolean },
  options: RunOptions,
): Promise<OsProbe> {
  const outcomes = await Promise.all(windowsOsCommands().map((c) => runCommand(c, options)));
  const text = outcomes.map((o) => o.stdout).join('\n');
  const v = windowsVersionFromValues(regValuesOf(parseRegQuery(text)));
  if (!v)
    return {
      ok: false,
      reason:
        outcomes[0]?.ok === false
          ? `reg query: ${outcomes[0].reason}`
          : 'no CurrentBuild in the registry',
    };
  return {
    ok: true,
    facts: {
      platform: 'win32',
      family: 'windows',
      name: windowsMarketingName(v.build, v.isServer, v.displayVersion),
      version: v.ntVersion,
      build: v.ubr === undefined ? String(v.build) : `${v.build}.${v.ubr}`,
      isServer: v.isServer,
      ...arch,
    },
  };
}

async function probeMacosOs(
  arch: { arch: string; is64Bit: boolean },
  options: RunOptions,
): Promise<OsProbe> {
  const out = await runCommand(swVersCommand, options);
  const sw = out.ok ? parseSwVers(out.stdout) : undefined;
  if (!sw)
    return {
      ok: false,
      reason: out.ok ? 'sw_vers printed no ProductVersion' : `sw_vers: ${out.reason}`,
    };
  const version = normaliseMacosVersion(sw.productVersion);
  return {
    ok: true,
    facts: {
      platform: 'darwin',
      family: 'macos',
      name: `${macosName(version) ?? sw.productName} ${version}`,
      version,
      build: sw.buildVersion,
      ...arch,
    },
  };
}

/** Linux: /etc/os-release, falling back to /usr/lib/os-release as the specification says. */
export async function probeLinuxOs(
  arch: { arch: string; is64Bit: boolean },
  paths = ['/etc/os-release', '/usr/lib/os-release'],
): Promise<OsProbe> {
  for (const path of paths) {
    const text = await readFile(path, 'utf8').catch(() => undefined);
    if (text === undefined) continue;
    const r = linuxReleaseOf(parseOsRelease(text));
    return {
      ok: true,
      facts: {
        platform: 'linux',
        family: r.family,
        ...(r.basedOn ? { basedOn: r.basedOn } : {}),
        name: r.name,
        version: r.version,
        ...arch,
      },
    };
  }
  return { ok: false, reason: `none of ${paths.join(', ')} could be read` };
}
