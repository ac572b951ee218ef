import { resolvePort, type Catalog } from '../../../shared/catalog';
import type { CatalogEffect } from '../../../shared/catalog-check-schemas';
import { translator } from '../../../shared/i18n';
import type { Lang } from '../../../shared/lang';
import { revealHiddenChars } from '../../../shared/results/reveal-hidden-chars';

type EffectKey =
  | 'connect'
  | 'download'
  | 'allowlist'
  | 'firewall'
  | 'defender'
  | 'macFirewall'
  | 'linuxFirewall'
  | 'stopProcesses'
  | 'trashFolders'
  | 'services'
  | 'uninstall'
  | 'urlHandlers'
  | 'launchd'
  | 'units'
  | 'packages';

/**
 * What a catalog would make Session Prep do on each OS, with the exact items, as `catalog check` prints it:
 * read from the catalog alone (folders as written, `%LOCALAPPDATA%/…`, since each PC expands them itself).
 */
export function catalogEffects(catalog: Catalog, lang: Lang): CatalogEffect[] {
  const t = translator(lang);
  const effects: CatalogEffect[] = [];
  const add = (os: CatalogEffect['os'], action: EffectKey, items: readonly string[]) => {
    if (items.length > 0)
      effects.push({
        os,
        action,
        what: t(`policy:effect.${action}`),
        items: items.map((i) => revealHiddenChars(i)),
      });
  };
  const agent = catalog.agent;
  const ports = [
    ...new Set(catalog.endpoints.flatMap((e) => e.ports.map((p) => resolvePort(p).port))),
  ];
  add(
    'any',
    'connect',
    catalog.endpoints.map((e) => `${e.host} ${e.ports.map((p) => resolvePort(p).port).join(', ')}`),
  );
  add('any', 'download', [catalog.bandwidth.url]);
  add('any', 'allowlist', catalog.domains);

  const win = agent.directories.win32 ?? [];
  add(
    'win32',
    'firewall',
    win.flatMap((dir) => agent.executables.map((exe) => `${dir}/${exe}`)),
  );
  add('win32', 'defender', win);
  add('win32', 'stopProcesses', win);
  add('win32', 'trashFolders', win);
  add('win32', 'services', agent.services?.win32 ?? []);
  add(
    'win32',
    'uninstall',
    (agent.uninstallKeys ?? []).map(
      (k) => `HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\Uninstall\\${k}`,
    ),
  );
  add(
    'win32',
    'urlHandlers',
    (agent.urlHandlers ?? []).map((s) => `HKCU\\Software\\Classes\\${s}`),
  );

  const mac = agent.directories.darwin ?? [];
  add('darwin', 'macFirewall', mac);
  add('darwin', 'stopProcesses', mac);
  add('darwin', 'trashFolders', mac);
  add(
    'darwin',
    'launchd',
    (agent.services?.darwin ?? []).map((label) => `~/Library/LaunchAgents/${label}.plist`),
  );

  const linux = agent.directories.linux ?? [];
  add('linux', 'linuxFirewall', ports.sort((a, b) => a - b).map(String));
  add('linux', 'stopProcesses', linux);
  add('linux', 'trashFolders', linux);
  add('linux', 'units', agent.services?.linux ?? []);
  add('linux', 'packages', agent.packages?.linux ?? []);
  return effects;
}
