import type { CheckResult } from '../check-result';
import { translator } from '../i18n';
import { langSchema, type Lang } from '../lang';
import type { Verdict } from '../verdicts';
import { wordVerdict } from '../word-verdict';

/** What a cause's fix needs to know: its verdict, its checks, and each host and port once. */
export interface CauseOfFix {
  verdict: Verdict;
  checks: readonly CheckResult[];
  hosts: readonly string[];
  ports: readonly number[];
}

export interface CauseFixOptions {
  /** True where the hosts are listed right above the fix (a card): "the 16 names above", not the list. */
  hostsShownAbove?: boolean;
}

/**
 * A cause's fix, once for all its hosts (issue 15): "allow these 16 names (…) on port 443", not the first
 * host's fix. Fixes that already agree (no host in them, or one host) stay as the checks gave them; a fix
 * the verdict's plain template cannot reproduce (a variant naming a device or product) is kept whole, each
 * distinct one once. Empty when no check has a fix.
 */
export function fixesForCause(lang: Lang, cause: CauseOfFix, o: CauseFixOptions = {}): string[] {
  const fixes = [...new Set(cause.checks.flatMap((c) => (c.fix ? [c.fix] : [])))];
  if (fixes.length <= 1) return fixes;
  const hosts = [
    ...new Set(cause.checks.flatMap((c) => (c.fix && c.target ? [c.target.host] : []))),
  ];
  const ports = cause.ports.filter((p) => cause.checks.some((c) => c.fix && c.target?.port === p));
  // The checks were worded in the run's language, which may not be the page's (after a switch).
  const runLang = [lang, ...langSchema.options.filter((l) => l !== lang)].find((l) =>
    cause.checks.every((c) => !c.fix || isPlainFix(l, c)),
  );
  if (runLang === undefined) return fixes;
  const t = translator(runLang);
  const list = hosts.join(t('verdicts:causeFix.listSeparator'));
  const host = t(
    o.hostsShownAbove ? 'verdicts:causeFix.hostsAbove' : 'verdicts:causeFix.hostsListed',
    {
      count: hosts.length,
      list,
    },
  );
  const vars = { host, port: ports.join(t('verdicts:causeFix.portSeparator')) };
  const own = t(`verdicts:causeFix.${cause.verdict}`, { ...vars, defaultValue: '' });
  if (typeof own === 'string' && own !== '') return [own];
  const worded = wordVerdict(runLang, cause.verdict, { vars }).fix;
  if (!worded) return fixes;
  // Japanese sets a space around a Latin host name (「DNS が a.example を」), not around Japanese words.
  return [
    runLang === 'ja' ? worded.replaceAll(` ${host}`, host).replaceAll(`${host} `, host) : worded,
  ];
}

/** Whether the check's fix is its verdict's plain fix for its own host and port, i.e. safe to re-word. */
function isPlainFix(lang: Lang, c: CheckResult): boolean {
  if (!c.target) return false;
  const vars = {
    host: c.target.host,
    ...(c.target.port !== undefined ? { port: c.target.port } : {}),
  };
  return wordVerdict(lang, c.verdict, { vars }).fix === c.fix;
}
