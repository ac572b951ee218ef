import { useMemo } from 'react';
import type { CheckRun } from '../../shared/check-result';
import type { Lang } from '../../shared/lang';
import { localizeRun } from '../../shared/localize-run';
import type { ScopeRun } from './use-checks-store';

/** A run in the page's language: a switch re-words the results on screen without running them again. */
export function useLocalizedRun(run: CheckRun | null, lang: Lang): CheckRun | null {
  return useMemo(() => (run ? localizeRun(run, lang) : null), [run, lang]);
}

/** A step's scope with its run in the page's language. */
export function useLocalizedScope(scope: ScopeRun, lang: Lang): ScopeRun {
  const run = useLocalizedRun(scope.run, lang);
  return useMemo(() => (run === scope.run ? scope : { ...scope, run }), [scope, run]);
}
