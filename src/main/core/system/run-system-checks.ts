import { checkIds } from '../../../shared/check-ids';
import { homedir } from 'node:os';
import type { Catalog } from '../../../shared/catalog';
import type { CheckResult } from '../../../shared/check-result';
import { translator } from '../../../shared/i18n';
import type { Lang } from '../../../shared/lang';
import type { CheckKind } from '../../../shared/verdicts';
import { checkAgents } from './agent-check';
import { checkBrowsers, probeBrowsers } from './browser-check';
import { checkDisk, agentInstallDir, probeDisk } from './disk-check';
import { checkDisplays } from './display-check';
import { probeDisplays } from './display-probe';
import { checkOs } from './os-check';
import { probeOs } from './os-probe';
import { checkPermissions } from './permission-check';
import { listProcesses } from '../os/processes';
import { proxySettingsFacts } from '../proxy/proxy-settings';
import { checkSecurity } from './security-check';
import { probeSecurity } from '../os/security-probe';
import { readSystemProxySettings } from '../proxy/system-proxy-resolver';
import {
  finding,
  toResult,
  wordedInBoth,
  wordedManyInBoth,
  type CheckWording,
  type Finding,
  type FindingOf,
  type SystemKind,
  type Wordings,
} from './system-result';

export interface SystemChecksOptions {
  catalog: Catalog;
  lang: Lang;
  signal?: AbortSignal;
  onStarted?: (id: string, kind: CheckKind) => void;
  onFinished?: (result: CheckResult) => void;
  /** Added: the OS to probe and its environment (default: this process's). */
  platform?: NodeJS.Platform;
  env?: NodeJS.ProcessEnv;
}

export interface SystemChecksOutcome {
  results: CheckResult[];
  /** Facts for the result document's `system` field (OS, displays, proxy settings…). */
  facts: Record<string, unknown>;
}

interface Probe<K extends SystemKind> {
  id: string;
  kind: K;
  /** Runs the probe and words its findings; a probe may give several results (one per browser). */
  run(): Promise<{
    findings: { id: string; finding: FindingOf<K> }[];
    facts?: Record<string, unknown>;
  }>;
}

/** A probe of any system kind, its findings of that kind. */
type AnyProbe = { [K in SystemKind]: Probe<K> }[SystemKind];

/** Runs every system probe at once; each result is reported as soon as it is known. */
export async function runSystemChecks(options: SystemChecksOptions): Promise<SystemChecksOutcome> {
  const platform = options.platform ?? process.platform;
  const env = options.env ?? process.env;
  // Every finding is worded in both languages, so a language switch re-words the run (issue 15).
  const ws: Wordings = {
    lang: options.lang,
    each: {
      ja: { t: translator('ja'), catalog: options.catalog },
      en: { t: translator('en'), catalog: options.catalog },
    },
  };
  const both = <F extends Finding<object>>(word: (w: CheckWording) => F) => wordedInBoth(ws, word);
  const run = options.signal ? { signal: options.signal, env } : { env };
  const installDir = agentInstallDir(options.catalog, platform, env, env.HOME ?? homedir());
  const one = <F>(id: string, f: F) => [{ id, finding: f }];

  const probes: AnyProbe[] = [
    {
      id: checkIds.os,
      kind: 'os',
      run: async () => {
        const p = await probeOs(platform, env, run);
        return {
          findings: one(
            checkIds.os,
            both((w) => checkOs(p, w)),
          ),
          facts: { os: p.ok ? p.facts : { error: p.reason } },
        };
      },
    },
    {
      id: checkIds.browser(),
      kind: 'browser',
      run: async () => {
        const p = await probeBrowsers(platform, env, run);
        return {
          findings: wordedManyInBoth(ws, (w) => checkBrowsers(p, w)),
          facts: { browsers: p },
        };
      },
    },
    {
      id: checkIds.display,
      kind: 'display',
      run: async () => {
        const p = await probeDisplays(platform, env, run);
        return {
          findings: one(
            checkIds.display,
            both((w) => checkDisplays(p, w)),
          ),
          facts: { displays: p },
        };
      },
    },
    {
      id: checkIds.disk,
      kind: 'disk',
      run: async () => {
        const p = await probeDisk(installDir);
        return {
          findings: one(
            checkIds.disk,
            both((w) => checkDisk(p, installDir, w)),
          ),
          facts: { disk: p },
        };
      },
    },
    {
      id: checkIds.agent,
      kind: 'agent',
      run: async () => {
        const processes = await listProcesses(platform, run);
        return {
          findings: one(
            checkIds.agent,
            both((w) => checkAgents(processes, w)),
          ),
        };
      },
    },
  ];
  if (platform === 'win32' || platform === 'darwin')
    probes.push({
      id: checkIds.security,
      kind: 'security',
      run: async () => {
        const p = await probeSecurity(platform, run);
        return {
          findings: p
            ? one(
                checkIds.security,
                both((w) => checkSecurity(p, w)),
              )
            : [],
          facts: p ? { security: p } : {},
        };
      },
    });
  if (platform === 'darwin')
    probes.push({
      id: checkIds.permission,
      kind: 'permission',
      run: async () => ({
        findings: one(
          checkIds.permission,
          both((w) => checkPermissions(w)),
        ),
      }),
    });

  const facts: Record<string, unknown> = { platform };
  const proxyFacts = readSystemProxySettings(env, platform, run).then(
    (list) => list.map(proxySettingsFacts),
    () => [],
  );
  const perProbe = await Promise.all(probes.map((p) => runOne(p, options, ws)));
  facts.proxy = await proxyFacts;
  const results: CheckResult[] = [];
  for (const r of perProbe) {
    results.push(...r.results);
    Object.assign(facts, r.facts);
  }
  return { results, facts };
}

// The browser probe learns its ids (browser:chrome…) only when it ends, so it announces them then.
async function runOne<K extends SystemKind>(
  p: Probe<K>,
  options: SystemChecksOptions,
  ws: Wordings,
): Promise<{ results: CheckResult[]; facts: Record<string, unknown> }> {
  const startedAt = performance.now();
  const announcesLate = p.id === checkIds.browser();
  if (!announcesLate) options.onStarted?.(p.id, p.kind);
  const cancelled = (): { results: CheckResult[]; facts: Record<string, unknown> } => {
    const r = toResult(
      p.id,
      p.kind,
      performance.now() - startedAt,
      wordedInBoth(ws, (w) => finding('skipped', 'cancelled', String(w.t('system:cancelled')))),
    );
    if (announcesLate) options.onStarted?.(r.id, r.kind);
    options.onFinished?.(r);
    return { results: [r], facts: {} };
  };
  if (options.signal?.aborted) return cancelled();
  // Wording the findings as results is inside the guard too: a detail its kind's schema refuses is a bug
  // in the probe, reported on its own check like a probe that throws.
  const worded = p.run().then(
    ({ findings, facts }) => ({
      ok: true as const,
      results: findings.map((f) =>
        toResult(f.id, p.kind, performance.now() - startedAt, f.finding),
      ),
      facts: facts ?? {},
    }),
    (error: unknown) => ({ ok: false as const, error }),
  );
  const outcome = await Promise.race([worded, abortOf(options.signal)]);
  if (outcome === aborted || options.signal?.aborted) return cancelled();
  if (!outcome.ok) {
    // A probe that throws is a bug; its check still gets an honest result instead of taking the run down.
    const reason = outcome.error instanceof Error ? outcome.error.message : String(outcome.error);
    const r = toResult<SystemKind>(
      p.id,
      p.kind,
      performance.now() - startedAt,
      // The raw reason reads the same in both languages.
      wordedInBoth(ws, () =>
        finding('warn', 'not_determined', reason, undefined, { error: reason }),
      ),
    );
    if (announcesLate) options.onStarted?.(r.id, r.kind);
    options.onFinished?.(r);
    return { results: [r], facts: {} };
  }
  const { results, facts } = outcome;
  for (const r of results) {
    if (announcesLate) options.onStarted?.(r.id, r.kind);
    options.onFinished?.(r);
  }
  return { results, facts };
}

const aborted = Symbol('aborted');
function abortOf(signal: AbortSignal | undefined): Promise<typeof aborted> {
  return new Promise((resolve) => {
    if (!signal) return;
    if (signal.aborted) return resolve(aborted);
    signal.addEventListener('abort', () => resolve(aborted), { once: true });
  });
}
