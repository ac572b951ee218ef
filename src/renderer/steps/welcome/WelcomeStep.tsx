import { useTranslation } from 'react-i18next';
import { useAppStore } from '../../stores/use-app-store';

// Measured (issue 15): an offline run of the built-in catalog takes 0.6 s, the lab's passing run about 2 s.
// A host that drops packets waits one step timeout (5 s) per step of its chain (DNS, TCP, TLS,
// WebSocket); the hosts run side by side, so that is the most it adds.
const worstSeconds = 4 * 5;

const plan = ['requirements', 'network', 'fixes', 'join', 'cleanup', 'finish'] as const;

/** What will happen and how long it takes; the frame's start button is the one action. */
export function WelcomeStep() {
  const { t } = useTranslation('wizard');
  const product = useAppStore((s) => s.info?.catalog.name) ?? t('app.defaultProduct');
  return (
    <>
      <p className="lead">{t('welcome.lead', { product })}</p>
      <h2>{t('welcome.whatHeading')}</h2>
      <ol className="plan-list">
        {plan.map((id) => (
          <li key={id}>
            <span className="plan-step">{t(`steps.${id}`)}</span>
            <span className="plan-text">{t(`welcome.what.${id}`)}</span>
          </li>
        ))}
      </ol>
      <p>{t('welcome.duration', { seconds: worstSeconds })}</p>
      <p>{t('welcome.noChanges')}</p>
    </>
  );
}
