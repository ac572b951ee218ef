import si from 'systeminformation';
import type { DisplayFacts } from './display-facts';
import { probeLinuxDisplays } from './display-linux';
import { parseMacosDisplays, macosDisplaysCommand } from './display-macos';
import { parseRegQuery, regQueryCommand, regValuesOf } from '../os/reg-query';
import { runCommand, type CommandSpec, type RunOptions } from '../os/run-command';
import { regNumber } from './windows-release';

/** Per-user DPI Windows applies (96 = 100%); systeminformation does not report scaling. */
export const windowsAppliedDpiCommand: CommandSpec = regQueryCommand(
  'HKCU\\Control Panel\\Desktop\\WindowMetrics',
  'AppliedDPI',
);

/** Scale in percent from `reg query … /v AppliedDPI` output. */
export function scaleFromAppliedDpi(regOutput: string): number | null {
  const dpi = regNumber(regValuesOf(parseRegQuery(regOutput)).AppliedDPI ?? '');
  return dpi ? Math.round((dpi / 96) * 100) : null;
}

/** The displays of this PC (Windows: systeminformation; macOS: system_profiler; Linux: xrandr), or why they could not be read. */
export async function probeDisplays(
  platform: NodeJS.Platform,
  env: NodeJS.ProcessEnv,
  options: RunOptions = {},
): Promise<DisplayFacts[] | string> {
  if (platform === 'darwin') {
    const out = await runCommand(macosDisplaysCommand, options);
    return out.ok ? parseMacosDisplays(out.stdout) : `system_profiler: ${out.reason}`;
  }
  // systeminformation's Linux path also enumerates GPUs with synchronous commands (dmidecode,
  // nvidia-smi) that stall the event loop; the displays alone come from xrandr.
  if (platform !== 'win32') return probeLinuxDisplays(env, options);
  const [graphics, dpi] = await Promise.all([
    si.graphics().catch((e: unknown) => (e instanceof Error ? e.message : String(e))),
    runCommand(windowsAppliedDpiCommand, options),
  ]);
  if (typeof graphics === 'string') return `systeminformation: ${graphics}`;
  const scale = dpi.ok ? scaleFromAppliedDpi(dpi.stdout) : null;
  const displays = graphics.displays.map((d, i): DisplayFacts => ({
    name: d.model || d.deviceName || `#${i + 1}`,
    width: d.currentResX ?? d.resolutionX,
    height: d.currentResY ?? d.resolutionY,
    scalePercent: scale,
    isMain: d.main,
    isBuiltin: d.builtin,
    connection: d.connection,
  }));
  if (displays.length && !displays.some((d) => d.isMain))
    displays[0] = { ...displays[0]!, isMain: true };
  return displays;
}
