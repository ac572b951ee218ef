import { useTranslation } from 'react-i18next';
import { stepIds, stepIndex } from '../model/wizard-steps';
import { useWizardStore } from '../stores/use-wizard-store';

/** The ordered list across the top: where the user is, and which steps are behind them. */
export function StepProgress() {
  const { t } = useTranslation('wizard');
  const current = useWizardStore((s) => s.current);
  const currentIndex = stepIndex(current);
  return (
    <nav className="progress" aria-label={t('progress.label')}>
      <p className="progress-position">
        {t('progress.position', { current: currentIndex + 1, total: stepIds.length })}
      </p>
      <ol className="progress-list">
        {stepIds.map((id, index) => {
          const state = index < currentIndex ? 'done' : index === currentIndex ? 'current' : 'todo';
          return (
            <li
              key={id}
              className={`progress-item progress-${state}`}
              aria-current={state === 'current' ? 'step' : undefined}
            >
              <span className="progress-number" aria-hidden="true">
                {state === 'done' ? '✓' : index + 1}
              </span>
              <span className="progress-name">{t(`steps.${id}`)}</span>
              {state === 'done' && <span className="visually-hidden">{t('progress.done')}</span>}
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
