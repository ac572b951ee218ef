import { useTranslation } from 'react-i18next';
import type { Status } from '../../shared/verdicts';
import { StatusMark } from '../../report-view/results';

export type ProgressState = Status | 'running' | 'waiting';

/** A check's status, or a step still under way, as a shape and a word (never by colour alone). */
export function StatusLabel({ state }: { state: ProgressState }) {
  const { t } = useTranslation('wizard');
  if (state !== 'running' && state !== 'waiting') return <StatusMark status={state} />;
  return (
    <span className={`sp-status progress-status progress-status--${state}`}>
      <span className="progress-status__icon" aria-hidden="true">
        {state === 'running' ? '…' : '·'}
      </span>
      <span>{t(`status.${state}`)}</span>
    </span>
  );
}
