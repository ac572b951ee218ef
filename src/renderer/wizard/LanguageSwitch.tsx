import { useTranslation } from 'react-i18next';
import type { Lang } from '../../shared/lang';

const langs: readonly Lang[] = ['ja', 'en'];

/** Two toggle buttons, each labelled in its own language so either reader finds theirs. */
export function LanguageSwitch({ lang, onChoose }: { lang: Lang; onChoose: (lang: Lang) => void }) {
  const { t } = useTranslation('wizard');
  return (
    <div className="lang-switch" role="group" aria-labelledby="lang-switch-label">
      <span id="lang-switch-label" className="lang-switch-label">
        {t('lang.label')}
      </span>
      {langs.map((l) => (
        <button
          key={l}
          type="button"
          lang={l}
          aria-pressed={l === lang}
          onClick={() => onChoose(l)}
        >
          {t(`lang.${l}`)}
        </button>
      ))}
    </div>
  );
}
