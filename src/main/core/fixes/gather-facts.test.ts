import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { catalogSchema } from '../../../shared/catalog';
import { builtInCatalog } from '../catalog/load-catalog';
import { exited, fakeRunner, notStarted } from '../../../../test/fixtures/os/fake-runner';
import type { CommandOutcome, CommandRunner } from '../os/run-command';
import { gatherFacts } from './gather-facts';
import { commandsIn, literal, word } from '../../../../test/fixtures/os/powershell-reader';
import { scriptOf } from '../os/powershell';
import type { WindowsSecurityFacts } from '../os/security-probe';
import {
  parseDefenderStatus,
  parseFirewallProfiles,
  parseSecurityCenter,
} from '../os/windows-security';

const fixture = (path: string) => readFileSync(`/work/shared/fixtures/${path}`, 'utf8');
const done = (stdout: string): CommandOutcome => exited(0, stdout);

// PowerShell and socketfilterfw cannot run on Linux: the runner answers with verbatim outputs, chosen by
// the script each command carries, so the commands themselves are checked too.
function windowsRunner(
  answers: Record<string, CommandOutcome>,
): CommandRunner & { scripts: string[] } {
  const scripts: string[] = [];
  const runner = fakeRunner((argv) => {
    const script = scriptOf(argv) ?? '';
    scripts.push(script);
    const key = Object.keys(answers).find((k) => script.startsWith(k));
    return key ? (answers[key] as CommandOutcome) : exited(1, '', 'unexpected');
  });
  return Object.assign(runner, { scripts });
}

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'sp-facts-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('gatherFacts', () => {
  it('reads Windows through the system area’s probe: Defender off, F-Secure active, the firewall on, a policy that manages exclusions', async () => {
    const run = windowsRunner({ '(Get-ItemProperty': done('1\r\n') });
    const probe = async (): Promise<WindowsSecurityFacts> => ({
      platform: 'win32',
      securityCenter: parseSecurityCenter(
        fixture('windows/wmic-securitycenter2-antivirusproduct-list-win10-fr-fsecure-excerpt.txt'),
      ),
      defender:
        parseDefenderStatus(
          fixture('windows/get-ciminstance-msft-mpcomputerstatus-ru-kaspersky-excerpt.txt'),
        ) ?? 'unreadable',
      firewallProfiles:
        parseFirewallProfiles(fixture('windows/get-netfirewallprofile-json.json')) ?? 'unreadable',
    });
    const facts = await gatherFacts(
      builtInCatalog(),
      {},
      {
        runner: run,
        probeWindowsSecurity: probe,
        platform: 'win32',
        isPrivileged: false,
        home: 'C:\\Users\\u',
      },
    );
    expect(facts.windows).toEqual({
      firewallEnabled: true,
      defender: {
        isActive: false,
        runningMode: 'Not running',
        isTamperProtected: false,
        isPolicyManaged: true,
      },
      otherAntivirus: ['F-Secure Client Security 12.00'],
    });
    // One script, which reads the policy value that turns off merging local exclusions.
    expect(run.scripts).toHaveLength(1);
    const [read, ...others] = commandsIn(run.scripts[0] ?? '');
    expect(others).toEqual([]);
    expect(read?.name).toBe('Get-ItemProperty');
    expect(literal(read?.params.Path)).toBe(
      'HKLM:\\SOFTWARE\\Policies\\Microsoft\\Windows Defender',
    );
    expect(word(read?.params.Name)).toBe('DisableLocalAdminMerge');
    expect(word(read?.params.ErrorAction)).toBe('SilentlyContinue');
  });

  it('treats a Windows Server without Security Center and an unreadable Defender as unknowns, not errors', async () => {
    const run = windowsRunner({});
    const probe = async (): Promise<WindowsSecurityFacts> => ({
      platform: 'win32',
      securityCenter: parseSecurityCenter(
        fixture('windows/wmic-securitycenter2-antivirusproduct-server-fr-invalid-namespace.txt'),
      ),
      defender: 'Get-MpComputerStatus: not_found',
      firewallProfiles:
        parseFirewallProfiles(
          '[{"Name":"Domain","Enabled":0,"DefaultInboundAction":0,"DefaultOutboundAction":0}]',
        ) ?? 'unreadable',
    });
    const facts = await gatherFacts(
      builtInCatalog(),
      {},
      {
        runner: run,
        probeWindowsSecurity: probe,
        platform: 'win32',
        isPrivileged: false,
        home: 'C:\\Users\\u',
      },
    );
    expect(facts.windows).toEqual({
      firewallEnabled: false,
      defender: {
        isActive: null,
        runningMode: null,
        isTamperProtected: null,
        isPolicyManaged: false,
      },
      otherAntivirus: [],
    });
  });

  it('finds the agent’s app bundles on macOS in the catalog folders (a real folder tree)', async () => {
    const home = join(dir, 'やまだ');
    await mkdir(join(home, 'Library/Application Support/ZohoMeetingNative/Zoho Assist.app'), {
      recursive: true,
    });
    await mkdir(join(home, 'Library/Application Support/ZohoMeetingNative/logs'), {
      recursive: true,
    });
    const catalog = catalogSchema.parse({
      ...builtInCatalog(),
      agent: {
        ...builtInCatalog().agent,
        directories: { darwin: ['~/Library/Application Support/ZohoMeetingNative', '/etc'] },
      },
    });
    const runner = fakeRunner((argv) =>
      argv[1] === '--getglobalstate'
        ? done(fixture('macos/socketfilterfw-getglobalstate-enabled.txt'))
        : done(fixture('macos/socketfilterfw-listapps-macos-recent.txt')),
    );
    const facts = await gatherFacts(
      catalog,
      {},
      { runner, platform: 'darwin', isPrivileged: false, home },
    );
    expect(facts.macos?.firewallState).toBe(1);
    expect(facts.macos?.listedApps).toHaveLength(9);
    expect(facts.macos?.agentApps).toEqual([
      join(home, 'Library/Application Support/ZohoMeetingNative/Zoho Assist.app'),
    ]);
  });

  it('on Linux, a missing nft means no nftables rules; a refused one is unreadable with the reason', async () => {
    const missing = fakeRunner(() => notStarted('ENOENT'));
    expect(
      (
        await gatherFacts(
          builtInCatalog(),
          {},
          { runner: missing, platform: 'linux', isPrivileged: false, home: dir },
        )
      ).linux,
    ).toEqual({ nftRulesetJson: '{"nftables": []}' });
    const refused = fakeRunner((argv) =>
      argv[0] === 'nft'
        ? exited(1, '', 'Error: cache initialization failed: Operation not permitted\n')
        : done(
            'Status: active\nLogging: on (low)\nDefault: deny (incoming), deny (outgoing), disabled (routed)\nNew profiles: skip\n\nTo                         Action      From\n--                         ------      ----\n443/tcp                    ALLOW OUT   Anywhere\n443/tcp (v6)               ALLOW OUT   Anywhere (v6)\n22/tcp                     ALLOW IN    Anywhere\n',
          ),
    );
    expect(
      (
        await gatherFacts(
          builtInCatalog(),
          {},
          { runner: refused, platform: 'linux', isPrivileged: false, home: dir },
        )
      ).linux,
    ).toEqual({
      nftRulesetJson: null,
      nftUnreadableReason: 'Error: cache initialization failed: Operation not permitted',
      ufw: { isActive: true, defaultOutgoing: 'deny', allowedOutPorts: [443] },
    });
  });
});
