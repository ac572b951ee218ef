// Automatic JSX even where no tsconfig applies: the CLI renders the report with tsx/esbuild.
/** @jsxRuntime automatic */
import { useTranslation } from 'react-i18next';
import type { CheckRun } from '../../shared/check-result';
import { commonCause, connectivityFailure } from '../../shared/results/common-cause';
import { firstThingToDo } from '../../shared/results/group-by-cause';
import { revealHiddenChars } from '../../shared/results/reveal-hidden-chars';
import { checkTitle } from './CheckRow';
import { StatusMark } from './StatusMark';
import { StackDisagreements } from './StackDisagreements';

export interface RunSummaryProps {
  /** The finished (or cancelled) run. */
  run: Pick<CheckRun, 'ready' | 'checks' | 'cancelled'>;
  /** The level of the "one thing to do" heading (default 3). */
  headingLevel?: 2 | 3 | 4;
}

/** Ready or not in one sentence, the one thing to do first, and the counts per status. */
export function RunSummary({ run, headingLevel = 3 }: RunSummaryProps) {
  const { t } = useTranslation('report');
  const Heading = `h${headingLevel}` as const;
  const first = firstThingToDo(run.checks);
  const count = (status: string) => run.checks.filter((c) => c.status === status).length;
  // Not connected, or one cause for every host, is said once as such (issue 12).
  const common = commonCause(run.checks);
  const verdict = run.ready
    ? t('document.ready')
    : connectivityFailure(run.checks)
      ? t('document.offline')
      : common
        ? t('document.oneCause', {
            count: common.hosts.length,
            cause: t(`cause.${common.verdict}`),
          })
        : t('document.notReady');
  return (
    <div className={`sp-summary ${run.ready ? 'sp-summary--ready' : 'sp-summary--not-ready'}`}>
      <p className="sp-summary__verdict">
        <StatusMark status={run.ready ? 'pass' : 'fail'} /> {verdict}
      </p>
      {run.cancelled && <p className="sp-summary__cancelled">{t('document.cancelled')}</p>}
      {first ? (
        <div className="sp-summary__todo">
          <Heading className="sp-summary__todo-heading">{t('document.oneThing')}</Heading>
          <p className="sp-summary__todo-text">{revealHiddenChars(first.fix ?? first.message)}</p>
          <p className="sp-summary__todo-where">
            {checkTitle(first, t(`kind.${first.kind}`)).label}{' '}
            <bdi>{revealHiddenChars(checkTitle(first, '').subject)}</bdi> —{' '}
            {t(`cause.${first.verdict}`)}
          </p>
        </div>
      ) : (
        <p className="sp-summary__todo-text">{t('document.noAction')}</p>
      )}
      <StackDisagreements checks={run.checks} headingLevel={headingLevel} />
      <p className="sp-summary__counts">
        {t('document.counts', {
          pass: count('pass'),
          warn: count('warn'),
          fail: count('fail'),
          skipped: count('skipped'),
        })}
      </p>
    </div>
  );
}
