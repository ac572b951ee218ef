import { statfs } from 'node:fs/promises';
import { homedir } from 'node:os';
import { dirname, win32 } from 'node:path';
import type { Catalog } from '../../../shared/catalog';
import type { DiskFacts } from '../../../shared/details';
import { finding, type CheckWording, type FindingOf } from './system-result';

/** Expands %VAR% (Windows) and a leading ~ in a catalog directory, from the given environment. */
export function expandCatalogPath(path: string, env: NodeJS.ProcessEnv, home: string): string {
  const upper = new Map(Object.entries(env).map(([k, v]) => [k.toUpperCase(), v]));
  return path
    .replace(/%([^%]+)%/g, (whole, name: string) => upper.get(name.toUpperCase()) ?? whole)
    .replace(/^~(?=$|[\\/])/, home);
}

/** Where the agent installs: the catalog's first directory for this OS (per user on Windows: %LOCALAPPDATA%). */
export function agentInstallDir(
  catalog: Catalog,
  platform: NodeJS.Platform,
  env: NodeJS.ProcessEnv,
  home = env.HOME ?? homedir(),
): string {
  const dirs =
    platform === 'win32'
      ? catalog.agent.directories.win32
      : platform === 'darwin'
        ? catalog.agent.directories.darwin
        : catalog.agent.directories.linux;
  const first = dirs?.[0];
  if (!first) return home;
  const expanded = expandCatalogPath(first, env, home);
  return platform === 'win32' ? win32.normalize(expanded) : expanded;
}

export type { DiskFacts };

/** Free space for `path`, measured at its nearest existing ancestor (the agent's folder need not exist yet). */
export async function probeDisk(path: string): Promise<DiskFacts | string> {
  let at = path.replace(/[\\/]+$/, '') || path;
  for (;;) {
    try {
      const s = await statfs(at);
      // bavail: what an unprivileged user may use, which is what a per-user install gets.
      return {
        path,
        measuredPath: at,
        freeMb: Math.floor((s.bavail * s.bsize) / 1048576),
        totalMb: Math.floor((s.blocks * s.bsize) / 1048576),
      };
    } catch (e) {
      const parent = dirname(at);
      if (parent === at) return e instanceof Error ? e.message : String(e);
      at = parent;
    }
  }
}

/** The `disk` check against the catalog's `requirements.diskMb` (no requirement: report only). */
export function checkDisk(
  probe: DiskFacts | string,
  path: string,
  w: CheckWording,
): FindingOf<'disk'> {
  const needMb = w.catalog.requirements.diskMb ?? 0;
  if (typeof probe === 'string')
    return finding(
      'warn',
      'not_determined',
      w.t('system:disk.notDetermined', { path, reason: probe }),
      w.t('system:disk.notDeterminedFix', { needMb }),
    );
  const vars = { path, freeMb: probe.freeMb, needMb };
  const detail = { ...probe, needMb };
  if (probe.freeMb < needMb)
    return finding(
      'fail',
      'disk_low',
      w.t('system:disk.low', vars),
      w.t('system:disk.lowFix'),
      detail,
    );
  return finding('pass', 'ok', w.t('system:disk.ok', vars), undefined, detail);
}
