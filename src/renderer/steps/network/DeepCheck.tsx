import { useTranslation } from 'react-i18next';
import { isReady } from '../../../shared/check-result';
import { isNetworkSide } from '../../model/network-view';
import { DEEP_CHECK_SECONDS, deepCheckMinutes } from '../../model/deep-check';
import type { ScopeRun } from '../../stores/use-checks-store';

interface DeepCheckProps {
  scope: ScopeRun;
  /** Starts the run again as a deep check (each connection held silent `DEEP_CHECK_SECONDS`). */
  onStart: () => void;
}

/**
 * The deep check (issue 17), opt in: offered once the quick check has answered, with its length stated;
 * while it runs, the seconds the connections have been held silent; afterwards one sentence, the causes
 * (`idle_cut`) being cards like any other.
 */
export function DeepCheck({ scope, onStart }: DeepCheckProps) {
  const { t } = useTranslation('wizard');
  const minutes = deepCheckMinutes(scope.idleSeconds ?? DEEP_CHECK_SECONDS);
  if (scope.phase === 'running' && scope.idleSeconds !== undefined) {
    const held = scope.idleHeld;
    return (
      <section className="deep-check" data-testid="deep-check" aria-labelledby="deep-check-heading">
        <h2 id="deep-check-heading">{t('deepCheck.heading')}</h2>
        <p role="status" data-testid="deep-check-status">
          {held
            ? t('deepCheck.running', { held: held.heldSeconds, of: held.ofSeconds })
            : t('deepCheck.opening')}
        </p>
        {held && (
          <progress
            className="run-progress__bar"
            data-testid="deep-check-progress"
            aria-label={t('deepCheck.progressLabel')}
            max={held.ofSeconds}
            value={held.heldSeconds}
          />
        )}
      </section>
    );
  }
  if (scope.phase !== 'done' || !scope.run || scope.run.cancelled) return null;
  const idleChecks = scope.run.checks.filter((c) => c.kind === 'idle');
  if (scope.idleSeconds !== undefined && idleChecks.length > 0) {
    const isCut = idleChecks.some((c) => c.verdict === 'idle_cut');
    return (
      <section className="deep-check" data-testid="deep-check" aria-labelledby="deep-check-heading">
        <h2 id="deep-check-heading">{t('deepCheck.heading')}</h2>
        <p data-testid="deep-check-status">
          {isCut ? t('deepCheck.doneCut') : t('deepCheck.doneOk', { minutes })}
        </p>
      </section>
    );
  }
  // Offered only where the connections work at all: a blocked path has its answer already.
  if (!isReady(scope.run.checks.filter(isNetworkSide))) return null;
  return (
    <section className="deep-check" data-testid="deep-check" aria-labelledby="deep-check-heading">
      <h2 id="deep-check-heading">{t('deepCheck.heading')}</h2>
      <p>{t('deepCheck.offer', { minutes })}</p>
      <p className="step-actions">
        <button
          type="button"
          className="button button-secondary"
          data-testid="deep-check-start"
          onClick={onStart}
        >
          {t('deepCheck.start', { minutes })}
        </button>
      </p>
    </section>
  );
}
