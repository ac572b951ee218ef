import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { stepComponents } from '../steps/step-components';
import { useWizardStore } from '../stores/use-wizard-store';
import { StepNav } from './StepNav';

/**
 * The current step: its h1, its body and the back/next buttons. Step bodies (ours and the slots of
 * the fixes, join and cleanup areas) start their own headings at h2.
 */
export function StepFrame() {
  const { t } = useTranslation('wizard');
  const current = useWizardStore((s) => s.current);
  const next = useWizardStore((s) => s.next);
  const back = useWizardStore((s) => s.back);
  const heading = useRef<HTMLHeadingElement>(null);
  const previous = useRef(current);

  useEffect(() => {
    // Move focus only on a real step change, so a screen reader starts reading the new step at its title.
    if (previous.current !== current) heading.current?.focus();
    previous.current = current;
  }, [current]);

  const title = t(`titles.${current}`);
  useEffect(() => {
    // The window title names the step too (WCAG 2.4.2), so a screen reader and the taskbar say where the user is.
    document.title = `${title} – ${t('app.title')}`;
  }, [title, t]);

  const Body = stepComponents[current];
  return (
    <section
      className="step"
      aria-labelledby="step-heading"
      data-testid="wizard-step"
      data-step={current}
    >
      <h1 id="step-heading" className="step-heading" tabIndex={-1} ref={heading}>
        {title}
      </h1>
      <div className="step-body">
        <Body />
      </div>
      <StepNav step={current} onBack={back} onNext={next} />
    </section>
  );
}
