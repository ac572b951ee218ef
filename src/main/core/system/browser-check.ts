import { checkIds } from '../../../shared/check-ids';
import { homedir } from 'node:os';
import { browserDisplayNames } from '../../../shared/browser-names';
import type { BrowserId } from '../../../shared/catalog';
import type { InstalledBrowser } from './browser-facts';
import { probeLinuxBrowsers } from './browser-linux';
import { probeMacosBrowsers } from './browser-macos';
import { probeWindowsBrowsers } from './browser-windows';
import type { RunOptions } from '../os/run-command';
import { finding, type CheckWording, type FindingOf } from './system-result';
import { compareVersions } from './version-compare';

/** Installed browsers the way the OS knows them, or why they could not be listed. */
export async function probeBrowsers(
  platform: NodeJS.Platform,
  env: NodeJS.ProcessEnv,
  options: RunOptions = {},
): Promise<InstalledBrowser[] | string> {
  switch (platform) {
    case 'win32':
      return probeWindowsBrowsers(options);
    case 'darwin':
      return probeMacosBrowsers(env.HOME ?? homedir(), options);
    default:
      return probeLinuxBrowsers(env, options);
  }
}

const displayNames: Readonly<Record<BrowserId, string>> = browserDisplayNames;

/** One finding per supported browser installed (`browser:ID`), or one `browser` finding when there is none. */
export function checkBrowsers(
  probe: InstalledBrowser[] | string,
  w: CheckWording,
): { id: string; finding: FindingOf<'browser'> }[] {
  const { t, catalog } = w;
  const list = catalog.requirements.browsers
    .map((b) => displayNames[b.id])
    .join(String(t('system:listSeparator')));
  if (typeof probe === 'string')
    return [
      {
        id: checkIds.browser(),
        finding: finding(
          'warn',
          'not_determined',
          t('system:browser.notDetermined', { reason: probe }),
          t('system:browser.notDeterminedFix', { list }),
        ),
      },
    ];
  const out: { id: string; finding: FindingOf<'browser'> }[] = [];
  for (const req of catalog.requirements.browsers) {
    const installs = probe.filter((b) => b.id === req.id);
    // Of several installs (Chrome and Chromium), the newest one is what the customer can use.
    const best = [...installs].sort((a, b) =>
      compareVersions(b.version ?? '0', a.version ?? '0'),
    )[0];
    if (!best) continue;
    const detail = {
      name: best.name,
      version: best.version ?? null,
      path: best.path,
      ...(req.min ? { min: req.min } : {}),
      installs,
    };
    const vars = { name: best.name, version: best.version ?? '', min: req.min ?? '' };
    let f: FindingOf<'browser'>;
    if (!best.version)
      f = finding(
        'warn',
        'not_determined',
        t('system:browser.versionUnknown', vars),
        t('system:browser.versionUnknownFix', vars),
        detail,
      );
    else if (req.min && compareVersions(best.version, req.min) < 0)
      f = finding(
        'warn',
        'browser_outdated',
        t('system:browser.outdated', vars),
        t('system:browser.outdatedFix', vars),
        detail,
      );
    else f = finding('pass', 'ok', t('system:browser.ok', vars), undefined, detail);
    out.push({ id: checkIds.browser(req.id), finding: f });
  }
  if (out.length === 0)
    out.push({
      id: checkIds.browser(),
      finding: finding(
        'fail',
        'browser_missing',
        t('system:browser.missing'),
        t('system:browser.missingFix', { list }),
        { found: probe },
      ),
    });
  return out;
}
