import { useTranslation } from 'react-i18next';
import type { CheckRun } from '../../shared/check-result';
import type { Lang } from '../../shared/lang';

/** The core wrote the run's messages in the language of the request; after a switch, say so rather than mix. */
export function OtherLangNotice({ run, lang }: { run: CheckRun | null; lang: Lang }) {
  const { t } = useTranslation('wizard');
  if (!run?.lang || run.lang === lang) return null;
  return <p className="hint">{t('otherLang')}</p>;
}
