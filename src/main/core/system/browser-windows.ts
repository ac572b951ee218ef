import type { BrowserId } from '../../../shared/catalog';
import type { InstalledBrowser } from './browser-facts';
import { powerShellCommand, psQuote } from '../os/powershell';
import { runCommand, type CommandSpec, type RunOptions } from '../os/run-command';
import { splitLines } from '../os/text-lines';
import { firstVersionIn } from './version-compare';

const exeToBrowser: Readonly<Record<string, { id: BrowserId; name: string }>> = {
  'chrome.exe': { id: 'chrome', name: 'Google Chrome' },
  'msedge.exe': { id: 'edge', name: 'Microsoft Edge' },
  'firefox.exe': { id: 'firefox', name: 'Firefox' },
  'opera.exe': { id: 'opera', name: 'Opera' },
};

// Browsers register themselves under App Paths (per machine, per user, and the 32-bit view); the file
// version of the registered executable is the browser's own version.
const script = `$ErrorActionPreference = 'SilentlyContinue'
$found = foreach ($exe in @(${Object.keys(exeToBrowser).map(psQuote).join(', ')})) {
  foreach ($root in @('HKLM:\\SOFTWARE', 'HKCU:\\SOFTWARE', 'HKLM:\\SOFTWARE\\WOW6432Node')) {
    $key = Get-ItemProperty -LiteralPath "$root\\Microsoft\\Windows\\CurrentVersion\\App Paths\\$exe"
    $path = if ($key) { [string]$key.'(default)' } else { '' }
    $path = $path.Trim('"')
    if ($path -and (Test-Path -LiteralPath $path)) {
      "$exe\t$path\t$((Get-Item -LiteralPath $path).VersionInfo.ProductVersion)"
    }
  }
}
'end'
$found`;

/**
 * The PowerShell command that lists browsers from App Paths with their file versions: one
 * "exe<TAB>path<TAB>version" line each, after an "end" marker line (no ConvertTo-Json: Windows 7 ships
 * PowerShell 2.0 without it).
 */
export function windowsBrowsersCommand(): CommandSpec {
  return powerShellCommand(script);
}

/**
 * The lines the command prints; an install registered in several views is listed once. Undefined
 * when the output is not the command's (PowerShell missing or failing): never "no browser".
 */
export function parseWindowsBrowsers(text: string): InstalledBrowser[] | undefined {
  const lines = splitLines(text);
  if (!lines.some((l) => l.trim() === 'end')) return undefined;
  const seen = new Set<string>();
  const out: InstalledBrowser[] = [];
  for (const line of lines) {
    const [exe = '', path = '', version = ''] = line.split('\t');
    const b = exeToBrowser[exe.trim().toLowerCase()];
    if (!b || !path || seen.has(path.toLowerCase())) continue;
    seen.add(path.toLowerCase());
    out.push({ id: b.id, name: b.name, version: firstVersionIn(version), path });
  }
  return out;
}

export async function probeWindowsBrowsers(
  options: RunOptions = {},
): Promise<InstalledBrowser[] | string> {
  const out = await runCommand(windowsBrowsersCommand(), options);
  return (
    (out.ok && parseWindowsBrowsers(out.stdout)) ||
    `powershell: ${out.ok ? 'unreadable output' : out.reason}`
  );
}
