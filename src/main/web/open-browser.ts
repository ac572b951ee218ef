import { launchDetached } from '../core/os/launch-detached';

/** How this OS opens a URL in the default browser, as an argument array (the URL is ours, never a shell string). */
export function browserCommand(
  platform: NodeJS.Platform,
  url: string,
): { file: string; args: string[] } {
  // Not `cmd /c start "" URL`: cmd would read the & of a query string as a second command.
  if (platform === 'win32') return { file: 'rundll32', args: ['url.dll,FileProtocolHandler', url] };
  if (platform === 'darwin') return { file: 'open', args: [url] };
  return { file: 'xdg-open', args: [url] };
}

/** Whether a browser window can appear at all: on Linux and BSD only with a display. */
export function hasDisplay(platform: NodeJS.Platform, env: NodeJS.ProcessEnv): boolean {
  if (platform === 'win32' || platform === 'darwin') return true;
  return Boolean(env.DISPLAY || env.WAYLAND_DISPLAY);
}

/** Opens the URL in the default browser; resolves false when the opener is missing or fails (true while it still runs after 10 s). */
export function openInBrowser(
  url: string,
  platform: NodeJS.Platform = process.platform,
): Promise<boolean> {
  const { file, args } = browserCommand(platform, url);
  return launchDetached({ file, args, timeoutMs: 10_000 }).then(
    (outcome) => outcome.state === 'running' || (outcome.state === 'exited' && outcome.code === 0),
  );
}
