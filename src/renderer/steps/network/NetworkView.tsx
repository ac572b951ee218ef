import { useTranslation } from 'react-i18next';
import { commonCause } from '../../../shared/results/common-cause';
import { findPathBreak } from '../../../shared/results/find-path-break';
import { OtherLangNotice } from '../../common/OtherLangNotice';
import { ProblemNotice } from '../../common/ProblemNotice';
import { CauseGroups, CheckList, PathPicture } from '../../../report-view/results';
import { hostProgress } from '../../model/check-progress';
import { isNetworkSide, networkSummary } from '../../model/network-view';
import type { Lang } from '../../../shared/lang';
import type { ScopeRun } from '../../stores/use-checks-store';
import { HostProgressList } from './HostProgressList';

interface NetworkViewProps {
  scope: ScopeRun;
  lang: Lang;
  onRecheck: () => void;
  onCancel: () => void;
  /** The catalog's product name, for the last stop of the path picture. */
  vendorName?: string;
}

export function NetworkView({ scope, lang, onRecheck, onCancel, vendorName }: NetworkViewProps) {
  const { t } = useTranslation('wizard');
  const { t: tReport } = useTranslation('report');
  const live = scope.live.filter(isNetworkSide);
  const hosts = hostProgress(live);
  const checks = (scope.run?.checks ?? []).filter(isNetworkSide);
  const problems = checks.filter((c) => c.status !== 'pass');
  const passed = checks.filter((c) => c.status === 'pass');
  const isRunning = scope.phase === 'running';
  const isCancelled = scope.run?.cancelled === true;
  const done = live.filter((c) => c.result).length;

  const summary = networkSummary(checks);
  const common = summary === 'oneCause' ? commonCause(checks) : null;
  const status = isRunning
    ? scope.isCancelling
      ? t('network.cancelling')
      : live.length > 0
        ? t('network.running', { done })
        : t('network.runningNoCount')
    : scope.phase === 'done'
      ? isCancelled
        ? t('network.cancelled')
        : common
          ? t('network.oneCause', {
              count: common.hosts.length,
              cause: tReport(`cause.${common.verdict}`),
            })
          : t(`network.${summary === 'oneCause' ? 'notReady' : summary}`)
      : '';

  const proxy = scope.run?.proxy;
  return (
    <>
      <p className="lead">{t('network.lead')}</p>
      <p className="checks-status" role="status" data-testid="checks-status" aria-busy={isRunning}>
        {status}
      </p>
      {scope.problem && <ProblemNotice problem={scope.problem} />}
      <OtherLangNotice run={scope.run} lang={lang} />
      {scope.phase !== 'idle' && (
        <p className="step-actions">
          {/* One button that turns from cancel into re-check, so keyboard focus stays on it when the run ends. */}
          <button
            type="button"
            className="button button-secondary"
            data-testid={isRunning ? 'checks-cancel' : 'checks-recheck'}
            aria-disabled={scope.isCancelling}
            onClick={isRunning ? (scope.isCancelling ? undefined : onCancel) : onRecheck}
          >
            {isRunning ? t('network.cancel') : t('network.recheck')}
          </button>
        </p>
      )}
      {hosts.length > 0 && <HostProgressList hosts={hosts} />}
      {proxy && (
        <p>{proxy.url ? t('network.proxyUsed', { url: proxy.url }) : t('network.proxyDirect')}</p>
      )}
      {scope.phase === 'done' && checks.length > 0 && (
        <>
          <section aria-labelledby="network-path-heading">
            <h2 id="network-path-heading">{t('network.pathHeading')}</h2>
            <PathPicture
              picture={findPathBreak(checks, proxy)}
              proxyUrl={proxy?.url ?? null}
              vendorName={vendorName}
            />
          </section>
          <section aria-labelledby="network-results-heading">
            <h2 id="network-results-heading">{t('network.resultsHeading')}</h2>
            {problems.length > 0 && <CauseGroups checks={problems} headingLevel={3} />}
            {passed.length > 0 && (
              // What passed is proof for the engineer, not news for the customer: shown on demand.
              <details className="disclosure passed-checks">
                <summary>{t('network.passedSummary', { count: passed.length })}</summary>
                <CheckList checks={passed} />
              </details>
            )}
          </section>
        </>
      )}
    </>
  );
}
