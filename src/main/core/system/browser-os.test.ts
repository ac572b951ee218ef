import { describe, expect, it } from 'vitest';
import { osFixture } from '../../../../test/fixtures/os/read-fixture';
import { browserVersionFromPlist, plistString, plutilToXmlCommand } from './browser-macos';
import { parseWindowsBrowsers, windowsBrowsersCommand } from './browser-windows';
import { commandsNamed, literalsIn } from '../../../../test/fixtures/os/powershell-reader';
import { scriptOf } from '../os/powershell';

describe('macOS: Info.plist', () => {
  it('reads Safari 15.6 from its real Info.plist', () => {
    const xml = osFixture('macos/safari-Info.plist');
    expect(browserVersionFromPlist(xml)).toBe('15.6');
    expect(plistString(xml, 'CFBundleVersion')).toBe('17613.3.9.1.5');
  });

  it("takes Edge's CFBundleShortVersionString, not its CFBundleVersion (roniemartinez/browsers#162)", () => {
    // Hand-written from the values that pull request documents; no Edge Info.plist is kept as a fixture.
    const xml =
      '<dict>\n\t<key>CFBundleVersion</key>\n\t<string>133.3065.25022682</string>\n\t<key>CFBundleShortVersionString</key>\n\t<string>133.0.3065.82</string>\n</dict>';
    expect(browserVersionFromPlist(xml)).toBe('133.0.3065.82');
  });

  it('converts a binary plist with plutil, as an argument array', () => {
    expect(plutilToXmlCommand('/Applications/Google Chrome.app/Contents/Info.plist')).toEqual({
      file: 'plutil',
      args: ['-convert', 'xml1', '-o', '-', '/Applications/Google Chrome.app/Contents/Info.plist'],
      timeoutMs: 5000,
    });
  });
});

describe('Windows: App Paths and file versions', () => {
  it('runs one fixed PowerShell script through -EncodedCommand', () => {
    const cmd = windowsBrowsersCommand();
    expect(cmd.file).toBe('powershell.exe');
    expect(cmd.args.slice(0, 5)).toEqual([
      '-NoProfile',
      '-NonInteractive',
      '-ExecutionPolicy',
      'Bypass',
      '-EncodedCommand',
    ]);
    expect(cmd.args).toHaveLength(6);
    const script = scriptOf(cmd) ?? '';
    expect(literalsIn(script).slice(1, 5)).toEqual([
      'chrome.exe',
      'msedge.exe',
      'firefox.exe',
      'opera.exe',
    ]);
    expect(commandsNamed(script, 'Get-ItemProperty')).toHaveLength(1);
    expect(script).toContain('\\Microsoft\\Windows\\CurrentVersion\\App Paths\\$exe');
    expect(script).toContain('HKLM:\\SOFTWARE\\WOW6432Node');
    expect(script).toContain('.VersionInfo.ProductVersion');
  });

  it('prints tab-separated lines after an end marker, without ConvertTo-Json (PowerShell 2.0 on Windows 7)', () => {
    const script = scriptOf(windowsBrowsersCommand()) ?? '';
    expect(commandsNamed(script, 'ConvertTo-Json')).toEqual([]);
    expect(script).toContain("'end'\n$found");
    expect(script).toContain(
      '"$exe\t$path\t$((Get-Item -LiteralPath $path).VersionInfo.ProductVersion)"',
    );
  });

  // Hand-written in the command's own line format: SOURCES.md lists no traceable capture of App Paths.
  it('reads one entry per install, with the browser id', () => {
    const text = [
      'end',
      'chrome.exe\tC:\\Program Files\\Google\\Chrome\\Application\\chrome.exe\t120.0.6099.130',
      'chrome.exe\tC:\\Program Files\\Google\\Chrome\\Application\\chrome.exe\t120.0.6099.130',
      'msedge.exe\tC:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe\t108.0.1462.54',
      'firefox.exe\tC:\\Program Files\\Mozilla Firefox\\firefox.exe\t',
      '',
    ].join('\r\n');
    expect(parseWindowsBrowsers(text)).toEqual([
      {
        id: 'chrome',
        name: 'Google Chrome',
        version: '120.0.6099.130',
        path: 'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
      },
      {
        id: 'edge',
        name: 'Microsoft Edge',
        version: '108.0.1462.54',
        path: 'C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe',
      },
      {
        id: 'firefox',
        name: 'Firefox',
        version: undefined,
        path: 'C:\\Program Files\\Mozilla Firefox\\firefox.exe',
      },
    ]);
  });

  it('tells "no browser" from "PowerShell did not answer"', () => {
    expect(parseWindowsBrowsers('end\r\n')).toEqual([]);
    expect(parseWindowsBrowsers('')).toBeUndefined();
    expect(parseWindowsBrowsers("The term 'Get-ItemProperty' is not recognized")).toBeUndefined();
  });
});
