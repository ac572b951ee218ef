import { z } from 'zod';
import type { BrowserId } from '../../../shared/catalog';
import type { InstalledBrowser } from './browser-facts';
import { powershellCommand } from './powershell-command';
import { runCommand, type CommandSpec, type RunOptions } from './run-command';
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
$found = foreach ($exe in @(${Object.keys(exeToBrowser)
  .map((e) => `'${e}'`)
  .join(', ')})) {
  foreach ($root in @('HKLM:\\SOFTWARE', 'HKCU:\\SOFTWARE', 'HKLM:\\SOFTWARE\\WOW6432Node')) {
    $key = Get-ItemProperty -LiteralPath "$root\\Microsoft\\Windows\\CurrentVersion\\App Paths\\$exe"
    $path = if ($key) { [string]$key.'(default)' } else { '' }
    $path = $path.Trim('"')
    if ($path -and (Test-Path -LiteralPath $path)) {
      [pscustomobject]@{ exe = $exe; path = $path; version = (Get-Item -LiteralPath $path).VersionInfo.ProductVersion }
    }
  }
}
ConvertTo-Json -Compress -InputObject @($found)`;

/** The PowerShell command that lists browsers from App Paths with their file versions (JSON). */
export function windowsBrowsersCommand(): CommandSpec {
  return powershellCommand(script);
}

const rowsSchema = z.array(z.object({ exe: z.string(), path: z.string(), version: z.string().nullable().optional() }));

/** The JSON the command prints; an install registered in several views is listed once. */
export function parseWindowsBrowsers(json: string): InstalledBrowser[] {
  let data: unknown;
  try {
    data = JSON.parse(json.trim() || '[]');
  } catch {
    return [];
  }
  const rows = rowsSchema.safeParse(Array.isArray(data) ? data : [data]);
  if (!rows.success) return [];
  const seen = new Set<string>();
  const out: InstalledBrowser[] = [];
  for (const r of rows.data) {
    const b = exeToBrowser[r.exe.toLowerCase()];
    if (!b || seen.has(r.path.toLowerCase())) continue;
    seen.add(r.path.toLowerCase());
    out.push({ id: b.id, name: b.name, version: r.version ? firstVersionIn(r.version) : undefined, path: r.path });
  }
  return out;
}

export async function probeWindowsBrowsers(options: RunOptions = {}): Promise<InstalledBrowser[] | string> {
  const out = await runCommand(windowsBrowsersCommand(), options);
  return out.ok ? parseWindowsBrowsers(out.stdout) : `powershell: ${out.reason}`;
}
