import type { DisplayFacts } from './display-facts';
import { runCommand, type CommandSpec, type RunOptions } from '../os/run-command';
import { splitLines } from '../os/text-lines';

export const xrandrCommand: CommandSpec = { file: 'xrandr', args: ['--query'], timeoutMs: 5000 };

/**
 * Connected outputs of `xrandr --query`: "eDP-1 connected primary 1920x1080+0+0 (normal…) 344mm x 193mm".
 * An output that is connected but switched off has no geometry and is left out: it shows nothing.
 */
export function parseXrandr(text: string): DisplayFacts[] {
  const out: DisplayFacts[] = [];
  for (const line of splitLines(text)) {
    const m = /^(\S+)\s+connected\s+(primary\s+)?(\d+)x(\d+)\+\d+\+\d+/.exec(line);
    if (!m) continue;
    const name = m[1] ?? '';
    out.push({
      name,
      width: Number(m[3]),
      height: Number(m[4]),
      scalePercent: null,
      isMain: Boolean(m[2]),
      isBuiltin: /^(eDP|LVDS|DSI)/i.test(name) ? true : null,
      connection: name.replace(/[-_]?\d.*$/, '') || null,
    });
  }
  if (out.length && !out.some((d) => d.isMain)) out[0] = { ...out[0]!, isMain: true };
  return out;
}

/** Linux: the X screens of this session (Wayland desktops run XWayland, so DISPLAY is set there too). */
export async function probeLinuxDisplays(
  env: NodeJS.ProcessEnv,
  options: RunOptions = {},
): Promise<DisplayFacts[] | string> {
  if (!env.DISPLAY) return env.WAYLAND_DISPLAY ? 'a Wayland session without XWayland' : [];
  const out = await runCommand(xrandrCommand, { ...options, env });
  return out.ok ? parseXrandr(out.stdout) : `xrandr: ${out.reason}`;
}
