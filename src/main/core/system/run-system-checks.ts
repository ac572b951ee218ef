import type { Catalog } from '../../../shared/catalog';
import type { CheckResult } from '../../../shared/check-result';
import type { CheckKind } from '../../../shared/verdicts';
import type { Lang } from '../../../shared/lang';

export interface SystemChecksOptions {
  catalog: Catalog;
  lang: Lang;
  signal?: AbortSignal;
  onStarted?: (id: string, kind: CheckKind) => void;
  onFinished?: (result: CheckResult) => void;
}

export interface SystemChecksOutcome {
  results: CheckResult[];
  /** Facts for the result document's `system` field (OS, displays, proxy settings…). */
  facts: Record<string, unknown>;
}

/** Placeholder until the system checks land (issue 4): says so instead of inventing a result. */
export async function runSystemChecks(options: SystemChecksOptions): Promise<SystemChecksOutcome> {
  const result: CheckResult = {
    id: 'os',
    kind: 'os',
    status: 'skipped',
    verdict: 'skipped',
    durationMs: 0,
    message: options.lang === 'ja' ? 'システムのチェックはまだ作られていません。' : 'The system checks are not built yet.',
  };
  options.onStarted?.(result.id, result.kind);
  options.onFinished?.(result);
  return { results: [result], facts: { platform: process.platform } };
}
