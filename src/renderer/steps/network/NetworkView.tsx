import { useTranslation } from 'react-i18next';
import { isReady } from '../../../shared/check-result';
import { commonCause } from '../../../shared/results/common-cause';
import { findPathBreak } from '../../../shared/results/find-path-break';
import { firstThingToDo } from '../../../shared/results/group-by-cause';
import { revealHiddenChars } from '../../../shared/results/reveal-hidden-chars';
import { OtherLangNotice } from '../../common/OtherLangNotice';
import { ProblemNotice } from '../../common/ProblemNotice';
import { SinceLastCheck } from '../../common/SinceLastCheck';
import { CheckList, PathPicture, StackDisagreements } from '../../../report-view/results';
import { causeView } from '../../model/cause-cards';
import { comparisonOf } from '../../model/merge-comparisons';
import { hostProgress, runProgress } from '../../model/check-progress';
import { isNetworkSide, networkSummary } from '../../model/network-view';
import type { Lang } from '../../../shared/lang';
import type { ScopeRun } from '../../stores/use-checks-store';
import { CauseCards } from './CauseCards';
import { DeepCheck } from './DeepCheck';
import { HostProgressList } from './HostProgressList';
import { ItRequestCopy } from './ItRequestCopy';

interface NetworkViewProps {
  scope: ScopeRun;
  lang: Lang;
  onRecheck: () => void;
  onCancel: () => void;
  /** The catalog's product name, for the last stop of the path picture. */
  vendorName?: string;
  /** Added (issue 17): starts the deep check; without it, none is offered. */
  onDeepCheck?: () => void;
}

/**
 * Answer first (issue 15): one block says whether the PC is ready, what stops it and the one thing to do,
 * with the request for IT one button away; then one card per cause; everything else is folded away.
 */
export function NetworkView({
  scope,
  lang,
  onRecheck,
  onCancel,
  vendorName,
  onDeepCheck,
}: NetworkViewProps) {
  const { t } = useTranslation('wizard');
  const { t: tReport } = useTranslation('report');
  const live = scope.live.filter(isNetworkSide);
  const hosts = hostProgress(live);
  const checks = (scope.run?.checks ?? []).filter(isNetworkSide);
  const passed = checks.filter((c) => c.status === 'pass');
  const isRunning = scope.phase === 'running';
  const isCancelled = scope.run?.cancelled === true;
  const isDone = scope.phase === 'done' && checks.length > 0 && !isCancelled;
  const progress = runProgress(live, scope.expected);

  const summary = networkSummary(checks);
  const common = summary === 'oneCause' ? commonCause(checks) : null;
  const status = isRunning
    ? scope.isCancelling
      ? t('network.cancelling')
      : progress.total !== null && progress.total > 0
        ? t('network.running', { done: progress.done, total: progress.total })
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

  const ready = isReady(checks);
  const view = causeView(checks, lang);
  const first = firstThingToDo(checks);
  const blocking = view.cards.find((c) => c.isBlocking);
  // The status sentence already names the cause when it is one cause or no connection at all.
  const saysCause = summary === 'oneCause' || summary === 'offline';
  const proxy = scope.run?.proxy;
  return (
    <>
      <p className="lead">{t('network.lead')}</p>
      <section
        className={`answer answer--${isDone ? (ready ? 'ready' : 'blocked') : 'pending'}`}
        aria-labelledby="network-answer-heading"
        data-testid="network-summary"
        data-ready={isDone ? String(ready) : 'unknown'}
      >
        <h2 id="network-answer-heading" className="answer__heading">
          {t('network.answerHeading')}
        </h2>
        <p
          className="checks-status answer__status"
          role="status"
          data-testid="checks-status"
          aria-busy={isRunning}
        >
          {status}
        </p>
        {isRunning && progress.total !== null && progress.total > 0 && (
          <div className="run-progress">
            <progress
              className="run-progress__bar"
              data-testid="network-progress"
              aria-label={t('network.progressLabel')}
              max={progress.total}
              value={progress.done}
            />
            <span className="run-progress__text" aria-hidden="true">
              {t('network.progressText', { done: progress.done, total: progress.total })}
            </span>
          </div>
        )}
        {isDone && (
          <SinceLastCheck
            comparison={comparisonOf(scope.run?.comparison, new Set(checks.map((c) => c.id)))}
            lang={lang}
          />
        )}
        {isDone && ready && summary === 'ready' && <p>{t('network.answerReady')}</p>}
        {isDone && ready && summary === 'warnOnly' && <p>{t('network.answerWarn')}</p>}
        {isDone && !ready && blocking && !saysCause && (
          <p>{t('network.answerBlocked', { cause: tReport(`cause.${blocking.verdict}`) })}</p>
        )}
        {isDone && first?.fix && (
          <p className="answer__action" data-testid="network-action">
            {t('network.answerAction', { fix: revealHiddenChars(first.fix) })}
          </p>
        )}
        {isDone && <StackDisagreements checks={scope.run?.checks ?? []} />}
        {isDone && !ready && <ItRequestCopy lang={lang} />}
      </section>
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
      {onDeepCheck && <DeepCheck scope={scope} onStart={onDeepCheck} />}
      {scope.phase === 'done' && checks.length > 0 && (
        <>
          {view.cards.length + view.otherSkipped.length > 0 && (
            <section aria-labelledby="network-results-heading">
              <h2 id="network-results-heading">{t('network.resultsHeading')}</h2>
              <CauseCards view={view} />
            </section>
          )}
          <section aria-labelledby="network-path-heading">
            <h2 id="network-path-heading">{t('network.pathHeading')}</h2>
            <PathPicture
              picture={findPathBreak(checks, proxy)}
              proxyUrl={proxy?.url ?? null}
              vendorName={vendorName}
            />
          </section>
          {proxy && (
            <p>
              {proxy.url ? t('network.proxyUsed', { url: proxy.url }) : t('network.proxyDirect')}
            </p>
          )}
        </>
      )}
      {hosts.length > 0 &&
        (scope.phase === 'done' ? (
          // Once the answer is there, the per-host list is for whoever wants to look: folded away.
          <details className="disclosure">
            <summary>{t('network.hostsDone', { count: hosts.length })}</summary>
            <HostProgressList hosts={hosts} />
          </details>
        ) : (
          <HostProgressList hosts={hosts} />
        ))}
      {scope.phase === 'done' && passed.length > 0 && (
        // What passed is proof for the engineer, not news for the customer: shown on demand.
        <details className="disclosure passed-checks">
          <summary>{t('network.passedSummary', { count: passed.length })}</summary>
          <CheckList checks={passed} />
        </details>
      )}
    </>
  );
}
