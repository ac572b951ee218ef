import { useTranslation } from 'react-i18next';

// Stand-ins until the fixes, join and cleanup areas plug in their own step components.

export function FixesPending() {
  const { t } = useTranslation('wizard');
  return <p>{t('fallback.pendingLead')}</p>;
}

export function JoinPending() {
  const { t } = useTranslation('wizard');
  return (
    <>
      <p>{t('fallback.guideJoin')}</p>
      <p>{t('fallback.pendingLead')}</p>
    </>
  );
}

export function CleanupPending() {
  const { t } = useTranslation('wizard');
  return (
    <>
      <p>{t('fallback.guideCleanup')}</p>
      <p>{t('fallback.pendingLead')}</p>
    </>
  );
}
