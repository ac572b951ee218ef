import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { BrowserId } from '../../../shared/catalog';
import type { InstalledBrowser } from './browser-facts';
import { runCommand, type CommandSpec, type RunOptions } from '../os/run-command';

export const macosBrowserApps: readonly { id: BrowserId; name: string; bundle: string }[] = [
  { id: 'chrome', name: 'Google Chrome', bundle: 'Google Chrome.app' },
  { id: 'edge', name: 'Microsoft Edge', bundle: 'Microsoft Edge.app' },
  { id: 'firefox', name: 'Firefox', bundle: 'Firefox.app' },
  { id: 'safari', name: 'Safari', bundle: 'Safari.app' },
  { id: 'opera', name: 'Opera', bundle: 'Opera.app' },
];

const xmlEntities: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
};

/** A string value of an XML property list ("CFBundleShortVersionString" → "15.6"). */
export function plistString(xml: string, key: string): string | undefined {
  const escaped = key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const m = new RegExp(`<key>${escaped}</key>\\s*<string>([^<]*)</string>`).exec(xml);
  return m?.[1]?.replace(/&(amp|lt|gt|quot|apos);/g, (_, e: string) => xmlEntities[e] ?? '');
}

/**
 * The browser's own version: CFBundleShortVersionString. CFBundleVersion differs for some (Edge's is
 * "133.3065.25022682" where the browser is 133.0.3065.82).
 */
export function browserVersionFromPlist(xml: string): string | undefined {
  return plistString(xml, 'CFBundleShortVersionString');
}

/** Converts a binary Info.plist to XML on stdout. */
export function plutilToXmlCommand(path: string): CommandSpec {
  return { file: 'plutil', args: ['-convert', 'xml1', '-o', '-', path], timeoutMs: 5000 };
}

async function readPlistXml(path: string, options: RunOptions): Promise<string | undefined> {
  const bytes = await readFile(path).catch(() => undefined);
  if (!bytes) return undefined;
  if (bytes.subarray(0, 6).toString('latin1') !== 'bplist') return bytes.toString('utf8');
  const out = await runCommand(plutilToXmlCommand(path), options);
  return out.ok ? out.stdout : undefined;
}

/** Browsers in /Applications and ~/Applications, read from their bundles' Info.plist. */
export async function probeMacosBrowsers(
  home: string,
  options: RunOptions = {},
): Promise<InstalledBrowser[]> {
  const roots = ['/Applications', join(home, 'Applications')];
  const found = await Promise.all(
    macosBrowserApps.flatMap((app) =>
      roots.map(async (root) => {
        const path = join(root, app.bundle);
        const xml = await readPlistXml(join(path, 'Contents', 'Info.plist'), options);
        if (xml === undefined) return undefined;
        return {
          id: app.id,
          name: app.name,
          version: browserVersionFromPlist(xml),
          path,
        } satisfies InstalledBrowser;
      }),
    ),
  );
  return found.filter((b) => b !== undefined);
}
