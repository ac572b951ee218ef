import { z } from 'zod';
import { powerShellArgv } from '../os/powershell';
import { commandOf, type CommandRunner } from '../os/run-command';

export interface OpenWindow {
  title: string;
  app: string;
}

export type WindowListing =
  | { supported: true; windows: OpenWindow[] }
  | { supported: false; why: 'unsupported' | 'no_tool' | 'failed'; detail?: string };

// Window titles are often Japanese: the builder's UTF-8 output keeps them whole.
const WINDOWS_SCRIPT =
  'Get-Process | Where-Object { $_.MainWindowTitle } | Select-Object ProcessName, MainWindowTitle | ConvertTo-Json -Compress';

// JXA instead of AppleScript: it can print JSON, which AppleScript's list syntax cannot.
const MACOS_SCRIPT =
  "JSON.stringify(Application('System Events').processes.whose({backgroundOnly: false})().map(p => ({app: p.name(), titles: p.windows.name()})))";

/** The command that lists the open windows on a platform, or undefined where we know none. */
export function listWindowsCommand(platform: NodeJS.Platform): string[] | undefined {
  switch (platform) {
    case 'win32':
      return powerShellArgv(WINDOWS_SCRIPT);
    case 'darwin':
      return ['osascript', '-l', 'JavaScript', '-e', MACOS_SCRIPT];
    case 'linux':
      return ['wmctrl', '-l', '-x'];
    default:
      return undefined;
  }
}

/** The command that minimises every window ("show desktop"). */
export function minimiseAllCommand(platform: NodeJS.Platform): string[] | undefined {
  switch (platform) {
    case 'win32':
      return powerShellArgv('(New-Object -ComObject Shell.Application).MinimizeAll()');
    case 'darwin':
      return [
        'osascript',
        '-e',
        'tell application "System Events" to set visible of (every process whose visible is true and name is not "Finder") to false',
      ];
    case 'linux':
      return ['wmctrl', '-k', 'on'];
    default:
      return undefined;
  }
}

const psWindow = z.object({ ProcessName: z.string(), MainWindowTitle: z.string() });

/** `ConvertTo-Json` prints one object for one window and an array for several. */
export function parseWindowsJson(text: string): OpenWindow[] | undefined {
  if (text.trim() === '') return [];
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return undefined;
  }
  const parsed = z.union([psWindow, z.array(psWindow)]).safeParse(json);
  if (!parsed.success) return undefined;
  const rows = Array.isArray(parsed.data) ? parsed.data : [parsed.data];
  return rows.map((r) => ({ title: r.MainWindowTitle, app: r.ProcessName }));
}

const macProcess = z.object({ app: z.string(), titles: z.array(z.string().nullable()) });

export function parseMacJson(text: string): OpenWindow[] | undefined {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return undefined;
  }
  const parsed = z.array(macProcess).safeParse(json);
  if (!parsed.success) return undefined;
  // An app with no window title readable (no Accessibility permission) still counts as open.
  return parsed.data.flatMap((p) => {
    const titles = p.titles.filter((t): t is string => t !== null && t !== '');
    return titles.length > 0
      ? titles.map((title) => ({ title, app: p.app }))
      : [{ title: '', app: p.app }];
  });
}

/** `wmctrl -l -x`: `0x03a00003  0 gnome-terminal-server.Gnome-terminal host  Title with spaces`. */
export function parseWmctrl(text: string): OpenWindow[] {
  const windows: OpenWindow[] = [];
  for (const line of text.split(/\r?\n/u)) {
    const m = /^0x[0-9a-f]+\s+(-?\d+)\s+(\S+)\s+\S+\s?(.*)$/iu.exec(line);
    if (!m) continue;
    // Desktop -1: panels and docks, present on every desktop and not a window the customer opened.
    if (m[1] === '-1') continue;
    const wmClass = m[2] ?? '';
    windows.push({ title: (m[3] ?? '').trim(), app: wmClass.split('.').pop() ?? wmClass });
  }
  return windows;
}

/** Lists the windows the customer has open, where the OS lets us. */
export async function listOpenWindows(
  platform: NodeJS.Platform,
  run: CommandRunner,
): Promise<WindowListing> {
  const argv = listWindowsCommand(platform);
  if (!argv) return { supported: false, why: 'unsupported' };
  const result = await run(commandOf(argv));
  if (result.startError === 'ENOENT')
    return { supported: false, why: platform === 'linux' ? 'no_tool' : 'unsupported' };
  if (!result.ok)
    return {
      supported: false,
      why: 'failed',
      detail: (result.stderr.trim() || result.startError || `exit ${String(result.code)}`).slice(
        0,
        200,
      ),
    };
  const windows =
    platform === 'win32'
      ? parseWindowsJson(result.stdout)
      : platform === 'darwin'
        ? parseMacJson(result.stdout)
        : parseWmctrl(result.stdout);
  if (!windows) return { supported: false, why: 'failed', detail: 'unexpected output' };
  return { supported: true, windows };
}
