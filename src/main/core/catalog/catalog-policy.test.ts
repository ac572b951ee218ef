import { describe, expect, it } from 'vitest';
import type { Catalog } from '../../../shared/catalog';
import { catalogIssues, checkCatalogPolicy } from './catalog-policy';
import { createDispatch } from '../dispatch';
import { folderRefusal } from './folder-policy';
import { builtInCatalog, parseCatalog } from './load-catalog';

type Agent = Catalog['agent'];

function withAgent(agent: Partial<Agent>, extra: Partial<Catalog> = {}): Catalog {
  const base = builtInCatalog();
  return { ...base, ...extra, agent: { ...base.agent, ...agent } };
}

function rulesOf(catalog: Catalog): Record<string, string> {
  return Object.fromEntries(
    checkCatalogPolicy(catalog, 'en').map((r) => [`${r.path} ${r.entry}`, r.rule]),
  );
}

describe('the catalog policy', () => {
  it('accepts the built-in catalog', () => {
    expect(checkCatalogPolicy(builtInCatalog(), 'en')).toEqual([]);
  });

  // Issue 14: a catalog's executables became Defender exclusions and firewall allow rules for cmd.exe.
  it('refuses shells, script hosts and system programs, paths and wildcards as executables', () => {
    const rules = rulesOf(
      withAgent({
        executables: [
          'ZohoMeeting.exe',
          'cmd.exe',
          'powershell.exe',
          'PowerShell.EXE',
          'pwsh',
          'wscript.exe',
          'mshta.exe',
          'rundll32.exe',
          'bash',
          'python3.11',
          'C:\\Windows\\System32\\cmd.exe',
          '..\\..\\Windows\\System32\\cmd.exe',
          '/bin/sh',
          '*',
          'Zoho*.exe',
          '',
          'evil\u202Eexe.txt',
        ],
      }),
    );
    expect(rules).toEqual({
      'agent.executables[1] cmd.exe': 'exeProtected',
      'agent.executables[2] powershell.exe': 'exeProtected',
      'agent.executables[3] PowerShell.EXE': 'exeProtected',
      'agent.executables[4] pwsh': 'exeProtected',
      'agent.executables[5] wscript.exe': 'exeProtected',
      'agent.executables[6] mshta.exe': 'exeProtected',
      'agent.executables[7] rundll32.exe': 'exeProtected',
      'agent.executables[8] bash': 'exeProtected',
      'agent.executables[9] python3.11': 'exeProtected',
      'agent.executables[10] C:\\Windows\\System32\\cmd.exe': 'exeNotPlain',
      'agent.executables[11] ..\\..\\Windows\\System32\\cmd.exe': 'exeNotPlain',
      'agent.executables[12] /bin/sh': 'exeNotPlain',
      'agent.executables[13] *': 'exeWildcard',
      'agent.executables[14] Zoho*.exe': 'exeWildcard',
      'agent.executables[15] ': 'empty',
      'agent.executables[16] evil\u202Eexe.txt': 'exeNotPlain',
    });
  });

  it('refuses folders that hold far more than the agent, on each OS', () => {
    const cases: [string, 'win32' | 'darwin' | 'linux', string][] = [
      ['%USERPROFILE%/*', 'win32', 'wildcard'],
      ['%USERPROFILE%', 'win32', 'profile'],
      ['%TEMP%', 'win32', 'temp'],
      ['%TMP%/Zoho', 'win32', 'temp'],
      ['%LOCALAPPDATA%/Temp', 'win32', 'temp'],
      ['%APPDATA%', 'win32', 'appRoot'],
      ['%LOCALAPPDATA%', 'win32', 'appRoot'],
      ['%USERPROFILE%/AppData', 'win32', 'appRoot'],
      ['%USERPROFILE%/AppData/Local', 'win32', 'appRoot'],
      ['%USERPROFILE%/Downloads', 'win32', 'personal'],
      ['%USERPROFILE%/Desktop/Zoho', 'win32', 'personal'],
      ['%USERPROFILE%/Documents', 'win32', 'personal'],
      ['%USERPROFILE%/OneDrive - Contoso', 'win32', 'personal'],
      ['%PROGRAMFILES%', 'win32', 'programRoot'],
      ['%PROGRAMFILES%/Windows Defender', 'win32', 'protected'],
      ['%PROGRAMFILES%/Common Files', 'win32', 'system'],
      ['%APPDATA%/Microsoft/Windows/Start Menu', 'win32', 'system'],
      ['%WINDIR%/System32', 'win32', 'system'],
      ['%SYSTEMROOT%', 'win32', 'system'],
      ['%HOMEPATH%/x', 'win32', 'unknownVariable'],
      ['C:/Program Files/Zoho', 'win32', 'driveLetter'],
      ['%LOCALAPPDATA%/../Roaming', 'win32', 'syntax'],
      ['%LOCALAPPDATA%/Zoho\u0000', 'win32', 'syntax'],
      ['%LOCALAPPDATA%/Zoho\u2028x', 'win32', 'syntax'],
      ['~', 'linux', 'profile'],
      ['~/.ssh', 'linux', 'personal'],
      ['~/.config', 'linux', 'appRoot'],
      ['~/.config/autostart', 'linux', 'system'],
      ['~/.local/share', 'linux', 'appRoot'],
      ['~/Downloads', 'linux', 'personal'],
      ['/usr/lib/systemd', 'linux', 'protected'],
      ['/usr/lib/zoho', 'linux', 'system'],
      ['/usr/local/bin', 'linux', 'system'],
      ['/opt', 'linux', 'programRoot'],
      ['/etc', 'linux', 'system'],
      ['/', 'linux', 'system'],
      ['~/../outside', 'linux', 'syntax'],
      ['~root/x', 'linux', 'syntax'],
      ['relative/path', 'linux', 'syntax'],
      ['~/Library/Preferences', 'darwin', 'system'],
      ['~/Library/Preferences/com.zoho.plist', 'darwin', 'system'],
      ['~/Library/Application Support', 'darwin', 'appRoot'],
      ['~/Library', 'darwin', 'appRoot'],
      ['~/Library/LaunchAgents', 'darwin', 'system'],
      ['/Applications', 'darwin', 'programRoot'],
      ['/Applications/Utilities', 'darwin', 'system'],
      ['/Library/Application Support/Apple', 'darwin', 'system'],
      ['/System/Library', 'darwin', 'system'],
    ];
    const got = cases.map(([raw, os]) => [raw, os, folderRefusal(raw, os)?.rule]);
    expect(got).toEqual(cases);
    for (const ok of [
      ['%LOCALAPPDATA%/ZohoMeeting', 'win32'],
      ['%USERPROFILE%/AppData/Local/ZohoMeeting', 'win32'],
      ['%LOCALAPPDATA%/Programs/Zoho Assist', 'win32'],
      ['%PROGRAMFILES(X86)%/ZohoMeeting', 'win32'],
      ['~/Library/Application Support/ZohoMeetingNative', 'darwin'],
      ['/Library/Application Support/ZohoAssist', 'darwin'],
      ['/Applications/Zoho Assist.app', 'darwin'],
      ['/usr/local/ZohoAssist', 'linux'],
      ['/opt/zoho', 'linux'],
      ['/var/log/ZohoAssist', 'linux'],
      ['~/.local/share/ZohoAssist', 'linux'],
      ['~/Zoho Meeting 日本', 'linux'],
    ] as const)
      expect(folderRefusal(ok[0], ok[1]), ok[0]).toBeUndefined();
  });

  // Issue 14: cleanup offered Stop-Service WinDefend, reg delete HKCU\Software\Classes\ from an empty
  // string, apt-get remove sudo, systemctl disable ssh, and a launchd label that trashed a preference file.
  it('refuses empty names, names that are paths, and the OS’s own security, logging, update, remote-access and package components', () => {
    const rules = rulesOf(
      withAgent({
        services: {
          win32: [
            'Zoho Assist-Remote Support',
            'WinDefend',
            'EventLog',
            'wuauserv',
            'TermService',
            'a\\b',
            '',
          ],
          darwin: [
            'com.zoho.assist.ZAPreLogin',
            '../Preferences/com.apple.finder',
            'com.apple.ftp-proxy',
            'x',
          ],
          linux: [
            'ZohoAssistUrs.service',
            'ssh.service',
            'systemd-journald.service',
            'getty@tty1.service',
            'ufw.service',
            'zoho',
            'apt-daily.timer',
          ],
        },
        packages: {
          linux: [
            'zohoassist',
            'sudo',
            'openssh-server',
            'libc6',
            'apt',
            'linux-image-6.1.0',
            'Bad_Name',
            '',
          ],
        },
        urlHandlers: [
          'zohoassistlaunch',
          '',
          'http',
          'ms-settings',
          'CLSID',
          'exefile',
          'a b',
          'x',
        ],
        uninstallKeys: ['Zoho Assist', '', 'Microsoft Edge', 'KB5034441', '..\\..\\Run'],
      }),
    );
    expect(rules).toEqual({
      'agent.services.win32[1] WinDefend': 'nameProtected',
      'agent.services.win32[2] EventLog': 'nameProtected',
      'agent.services.win32[3] wuauserv': 'nameProtected',
      'agent.services.win32[4] TermService': 'nameProtected',
      'agent.services.win32[5] a\\b': 'pattern',
      'agent.services.win32[6] ': 'empty',
      'agent.services.darwin[1] ../Preferences/com.apple.finder': 'pattern',
      'agent.services.darwin[2] com.apple.ftp-proxy': 'nameProtected',
      'agent.services.darwin[3] x': 'pattern',
      'agent.services.linux[1] ssh.service': 'nameProtected',
      'agent.services.linux[2] systemd-journald.service': 'nameProtected',
      'agent.services.linux[3] getty@tty1.service': 'nameProtected',
      'agent.services.linux[4] ufw.service': 'nameProtected',
      'agent.services.linux[5] zoho': 'pattern',
      'agent.services.linux[6] apt-daily.timer': 'nameProtected',
      'agent.packages.linux[1] sudo': 'nameProtected',
      'agent.packages.linux[2] openssh-server': 'nameProtected',
      'agent.packages.linux[3] libc6': 'nameProtected',
      'agent.packages.linux[4] apt': 'nameProtected',
      'agent.packages.linux[5] linux-image-6.1.0': 'nameProtected',
      'agent.packages.linux[6] Bad_Name': 'pattern',
      'agent.packages.linux[7] ': 'empty',
      'agent.urlHandlers[1] ': 'empty',
      'agent.urlHandlers[2] http': 'nameProtected',
      'agent.urlHandlers[3] ms-settings': 'nameProtected',
      'agent.urlHandlers[4] CLSID': 'nameProtected',
      'agent.urlHandlers[5] exefile': 'nameProtected',
      'agent.urlHandlers[6] a b': 'pattern',
      'agent.urlHandlers[7] x': 'pattern',
      'agent.uninstallKeys[1] ': 'empty',
      'agent.uninstallKeys[2] Microsoft Edge': 'nameProtected',
      'agent.uninstallKeys[3] KB5034441': 'nameProtected',
      'agent.uninstallKeys[4] ..\\..\\Run': 'pattern',
    });
  });

  it('refuses a domain that would send a whole top-level domain around the proxy', () => {
    const rules = rulesOf(
      withAgent({}, { domains: ['*.zoho.com', '*.com', '*.co.jp', 'com', '*.zoho.co.jp'] }),
    );
    expect(rules).toEqual({
      'domains[1] *.com': 'domainTooWide',
      'domains[2] *.co.jp': 'domainTooWide',
      'domains[3] com': 'domainTooWide',
    });
  });

  it('names each refused entry by its path and shows hidden characters in it, in both languages', () => {
    const catalog = withAgent({ executables: ['cmd.exe', 'a\u001b]0;x\u0007\u202E.exe'] });
    const [en] = checkCatalogPolicy(catalog, 'en');
    expect(en?.message).toBe(
      'agent.executables[0] "cmd.exe": is a shell, a script host or a program of the OS, which an agent never is. An allow rule or an antivirus exclusion for it would let anything through.',
    );
    const ja = checkCatalogPolicy(catalog, 'ja');
    expect(ja[0]?.message).toContain('agent.executables[0] "cmd.exe": シェル、スクリプト実行環境');
    expect(ja[1]?.message).toContain('"a[U+001B]]0;x[U+0007][U+202E].exe"');
    for (const c of ['\u001b', '\u0007', '\u202e']) expect(ja[1]?.message).not.toContain(c);
    expect(catalogIssues(catalog)).toHaveLength(2);
  });

  it('refuses the whole catalog when it is loaded, one line per entry', () => {
    const text = JSON.stringify(withAgent({ directories: { win32: ['%TEMP%', '%APPDATA%'] } }));
    for (const lang of ['en', 'ja'] as const) {
      const reply = parseCatalog(text, 'evil.json', lang);
      expect(reply.ok).toBe(false);
      if (reply.ok) continue;
      expect(reply.problem.code).toBe('bad_catalog');
      expect(reply.problem.message).toContain('evil.json');
      expect(reply.problem.message).toContain('agent.directories.win32[0] "%TEMP%"');
      expect(reply.problem.message).toContain('agent.directories.win32[1] "%APPDATA%"');
      expect(reply.problem.issues?.map((i) => i.path)).toEqual([
        ['agent.directories.win32[0]'],
        ['agent.directories.win32[1]'],
      ]);
    }
  });

  it('core itself refuses to run on a catalog the policy refuses (a front door that skipped it)', () => {
    const catalog = withAgent({ executables: ['cmd.exe'] });
    expect(() =>
      createDispatch({
        catalog,
        lang: 'en',
        mode: 'cli',
        timeoutMs: 1000,
        env: {},
        dataDir: '/nowhere',
      }),
    ).toThrow(/core refuses this catalog/);
  });
});
