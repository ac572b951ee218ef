import type { CheckResult, CheckRun } from '../../shared/check-result';
import { translator } from '../../shared/i18n';
import type { Lang } from '../../shared/lang';
import { commonCause, connectivityFailure } from '../../shared/results/common-cause';
import { comparisonSentences } from '../../shared/results/comparison-words';
import { fixesForCause } from '../../shared/results/cause-fix';
import { groupByCause } from '../../shared/results/group-by-cause';
import { revealInline as shown } from '../../shared/results/reveal-hidden-chars';
import { nextStepLine } from './next-step';
import { wrapLines, type Line } from './wrap-lines';

const colour = (on: boolean, code: string, text: string) =>
  on ? `\x1b[${code}m${text}\x1b[0m` : text;

const plain = (text: string): Line => ({ lead: '', text });

/**
 * The readable summary: each problem, each cause's fix once for all its hosts, then the counts, then the
 * verdict and the next step as the last line, so the answer is what stays at the bottom of the terminal
 * (issue 15). Wrapped at `width` display columns,
 * continuations under their bullet; `null` keeps every line whole (a pipe or a file).
 */
export function formatSummary(
  run: CheckRun,
  lang: Lang,
  useColour: boolean,
  width: number | null = null,
): string {
  const t = translator(lang);
  const fails = run.checks.filter((c) => c.status === 'fail');
  const warns = run.checks.filter((c) => c.status === 'warn');
  const passes = run.checks.filter((c) => c.status === 'pass');
  const skipped = run.checks.filter((c) => c.status === 'skipped');
  const lines: Line[] = [];
  const name = run.catalog
    ? shown(`${run.catalog.name}${run.catalog.version ? ` ${run.catalog.version}` : ''}`)
    : '';
  lines.push(plain(t('cli:summaryTitle', { name })));
  if (run.proxy?.source === 'none') lines.push(plain(t('cli:directLine')));
  else if (run.proxy)
    lines.push(
      plain(
        t('cli:proxyLine', {
          proxy: run.proxy.url === null ? t('cli:direct') : shown(run.proxy.url),
          source: t(`cli:proxySource.${run.proxy.source}`),
        }),
      ),
    );
  if (run.proxy?.note) lines.push({ lead: '  ', text: shown(run.proxy.note) });
  // Not connected, or one cause shared by every host, is the headline itself (issue 12): never "a
  // firewall or proxy" for a PC without a network, never one problem per host for one cause.
  const common = run.ready ? null : commonCause(run.checks);
  const headline = run.ready
    ? t('cli:ready')
    : connectivityFailure(run.checks)
      ? t('cli:offline')
      : common
        ? t('cli:oneCause', {
            count: common.hosts.length,
            cause: t(`report:cause.${common.verdict}`),
          })
        : t('cli:notReady', { count: fails.filter((c) => c.required !== false).length });
  // Grouped by cause (one verdict, one cause, one kind of fix), worst and nearest this PC first: sixteen
  // hosts that fail the same way read as one finding, not sixteen.
  const section = (title: string, mark: string, code: string, items: CheckResult[]) => {
    if (items.length === 0) return;
    lines.push(plain(''), { lead: '', text: title, paint: (text) => colour(useColour, '1', text) });
    for (const group of groupByCause(items)) {
      lines.push({
        lead: `  ${colour(useColour, code, mark)} `,
        text: `${t(`report:cause.${group.verdict}`)}${t('cli:causeCount', { count: group.checks.length })}`,
      });
      // A check's continuation sits under its message, a fix's under the text after its arrow.
      const checkLine = (id: string, message: string): Line => ({
        lead: '      ',
        text: `${id}  ${message}`,
        hang: 8,
      });
      const fixLine = (fix: string): Line => ({ lead: '        → ', text: fix });
      if (common && group.verdict === common.verdict) {
        // One cause, all hosts under it: the hosts once, each check's message, each distinct fix once.
        lines.push({
          lead: '      ',
          text: t('cli:oneCauseHosts', { hosts: common.hosts.join(', ') }),
          hang: 8,
        });
        // Shown before wrapping, so a hidden character's marker counts in the width.
        for (const c of group.checks) lines.push(checkLine(shown(c.id), shown(c.message)));
        for (const fix of fixesForCause(lang, group, { hostsShownAbove: true }))
          lines.push(fixLine(shown(fix)));
        continue;
      }
      // Messages carry what the network said (a certificate's OU, a header): one line each, controls shown.
      for (const c of group.checks) lines.push(checkLine(shown(c.id), shown(c.message)));
      // The cause's fix once, for all its hosts: sixteen hosts, one fix (issue 15).
      for (const fix of fixesForCause(lang, group)) lines.push(fixLine(shown(fix)));
    }
  };
  section(t('cli:problems'), '✖', '31', fails);
  section(t('cli:warnings'), '!', '33', warns);
  lines.push(
    plain(''),
    plain(
      t('cli:counts', {
        passed: passes.length,
        skipped: skipped.length,
        total: run.checks.length,
        seconds: (run.durationMs / 1000).toFixed(1),
      }),
    ),
  );
  if (run.cancelled)
    lines.push({
      lead: '',
      text: t('cli:cancelled'),
      paint: (text) => colour(useColour, '33', text),
    });
  // What changed since the last check (issue 15), just above the verdict: the fixed hosts named.
  const change = run.comparison && comparisonSentences(run.comparison, lang);
  if (change)
    lines.push(
      plain(''),
      plain([change.line, change.fixed].filter(Boolean).join(lang === 'ja' ? '' : ' ')),
    );
  // The answer last: after a long list of causes, it is the line left in view.
  lines.push(plain(''), {
    lead: '',
    text: `${run.ready ? '✔' : '✖'} ${headline}${lang === 'ja' ? '' : ' '}${nextStepLine(t, run)}`,
    hang: 2,
    paint: (text) => colour(useColour, run.ready ? '32;1' : '31;1', text),
  });
  return wrapLines(lines, width);
}
