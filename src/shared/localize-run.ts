import type { CheckResult, CheckRun } from './check-result';
import type { Lang } from './lang';

/**
 * One result in `lang`: its message and fix from the wording core made in that language when it ran.
 * A result without one (from an older file, or a check that has no wording in `lang`) keeps its own.
 */
export function localizeCheck(check: CheckResult, lang: Lang): CheckResult {
  const wording = check.texts?.[lang];
  if (!wording) return check;
  const { fix: _oldFix, ...rest } = check;
  return { ...rest, message: wording.message, ...(wording.fix ? { fix: wording.fix } : {}) };
}

/** Whether every check of the run can be shown in `lang` (what `localizeRun` cannot re-word, it keeps). */
export function isWordedIn(run: CheckRun, lang: Lang): boolean {
  return run.lang === lang || run.checks.every((c) => c.texts?.[lang] !== undefined);
}

/**
 * The run as if it had been run in `lang`: every message and fix re-worded, `lang` set, the checks and
 * their verdicts untouched. Pure, so the wizard (on a language switch, in Electron and in browser mode
 * alike) and core (reports, the request for IT) re-word the same run the same way.
 */
export function localizeRun(run: CheckRun, lang: Lang): CheckRun {
  const checks = run.checks.map((c) => localizeCheck(c, lang));
  // `lang` says the whole run reads in it; a run with a check left in its old language keeps its own.
  return { ...run, checks, ...(isWordedIn(run, lang) ? { lang } : {}) };
}

/** The run for a file: its wording in `lang`, without the other language's (`texts`). */
export function runForFile(run: CheckRun, lang: Lang): CheckRun {
  const worded = localizeRun(run, lang);
  return {
    ...worded,
    checks: worded.checks.map(({ texts: _texts, ...check }) => check),
  };
}
