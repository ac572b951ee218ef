import type { CheckResult, CheckRun } from '../../shared/check-result';
import { translator } from '../../shared/i18n';
import type { Lang } from '../../shared/lang';
import { commonCause, connectivityFailure } from '../../shared/results/common-cause';
import { groupByCause } from '../../shared/results/group-by-cause';
import { revealInline as shown } from '../../shared/results/reveal-hidden-chars';

const colour = (on: boolean, code: string, text: string) =>
  on ? `\x1b[${code}m${text}\x1b[0m` : text;

/** The readable summary: the verdict first, then each problem with its fix, then what passed. */
export function formatSummary(run: CheckRun, lang: Lang, useColour: boolean): string {
  const t = translator(lang);
  const fails = run.checks.filter((c) => c.status === 'fail');
  const warns = run.checks.filter((c) => c.status === 'warn');
  const passes = run.checks.filter((c) => c.status === 'pass');
  const skipped = run.checks.filter((c) => c.status === 'skipped');
  const lines: string[] = [];
  const name = run.catalog
    ? shown(`${run.catalog.name}${run.catalog.version ? ` ${run.catalog.version}` : ''}`)
    : '';
  lines.push(t('cli:summaryTitle', { name }));
  if (run.proxy?.source === 'none') lines.push(t('cli:directLine'));
  else if (run.proxy)
    lines.push(
      t('cli:proxyLine', {
        proxy: run.proxy.url === null ? t('cli:direct') : shown(run.proxy.url),
        source: t(`cli:proxySource.${run.proxy.source}`),
      }),
    );
  if (run.proxy?.note) lines.push(`  ${shown(run.proxy.note)}`);
  lines.push('');
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
  lines.push(
    colour(useColour, run.ready ? '32;1' : '31;1', `${run.ready ? '✔' : '✖'} ${headline}`),
  );
  if (run.cancelled) lines.push(colour(useColour, '33', t('cli:cancelled')));
  // Grouped by cause (one verdict, one cause, one kind of fix), worst and nearest this PC first: sixteen
  // hosts that fail the same way read as one finding, not sixteen.
  const section = (title: string, mark: string, code: string, items: CheckResult[]) => {
    if (items.length === 0) return;
    lines.push('', colour(useColour, '1', title));
    for (const group of groupByCause(items)) {
      lines.push(
        `  ${colour(useColour, code, mark)} ${t(`report:cause.${group.verdict}`)}${t('cli:causeCount', { count: group.checks.length })}`,
      );
      if (common && group.verdict === common.verdict) {
        // One cause, all hosts under it: the hosts once, each check's message, each distinct fix once.
        lines.push(`      ${t('cli:oneCauseHosts', { hosts: common.hosts.join(', ') })}`);
        for (const c of group.checks) lines.push(`      ${c.id}  ${c.message}`);
        for (const fix of new Set(group.checks.map((c) => c.fix).filter(Boolean)))
          lines.push(`        → ${fix}`);
        continue;
      }
      for (const c of group.checks) {
        // Messages carry what the network said (a certificate's OU, a header): one line each, controls shown.
        lines.push(`      ${shown(c.id)}  ${shown(c.message)}`);
        if (c.fix) lines.push(`        → ${shown(c.fix)}`);
      }
    }
  };
  section(t('cli:problems'), '✖', '31', fails);
  section(t('cli:warnings'), '!', '33', warns);
  lines.push(
    '',
    t('cli:counts', {
      passed: passes.length,
      skipped: skipped.length,
      total: run.checks.length,
      seconds: (run.durationMs / 1000).toFixed(1),
    }),
  );
  return `${lines.join('\n')}\n`;
}
