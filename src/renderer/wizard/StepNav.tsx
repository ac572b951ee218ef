import { useTranslation } from 'react-i18next';
import { hasOwnPrimaryAction, nextStep, previousStep, type StepId } from '../model/wizard-steps';

interface StepNavProps {
  step: StepId;
  onBack: () => void;
  onNext: () => void;
}

/** Back and next. On the first step "next" is the start button; the last step has its own primary action. */
export function StepNav({ step, onBack, onNext }: StepNavProps) {
  const { t } = useTranslation('wizard');
  const hasBack = previousStep(step) !== null;
  const hasNext = nextStep(step) !== null;
  return (
    <nav className="step-nav" aria-label={t('nav.label')}>
      {hasBack && (
        <button
          type="button"
          className="button button-secondary"
          data-testid="wizard-back"
          onClick={onBack}
        >
          {t('nav.back')}
        </button>
      )}
      {hasNext && (
        <button
          type="button"
          className={`button ${hasOwnPrimaryAction(step) ? 'button-secondary' : 'button-primary'}`}
          data-testid="wizard-next"
          onClick={onNext}
        >
          {step === 'welcome' ? t('welcome.start') : t('nav.next')}
        </button>
      )}
    </nav>
  );
}
