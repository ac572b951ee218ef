import { useTranslation } from 'react-i18next';

// A stand-in until the fixes area plugs in its own step component.

export function FixesPending() {
  const { t } = useTranslation('wizard');
  return <p>{t('fallback.pendingLead')}</p>;
}
