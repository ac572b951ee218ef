import { useTranslation } from 'react-i18next';
import type { FixesState } from './use-fixes-store';

/** The request for IT: copy the list, or download it as a PAC file, a Squid fragment or JSON. */
export function ItExport({
  s,
}: {
  s: Pick<FixesState, 'copyItText' | 'download' | 'copyState' | 'itText'>;
}) {
  const { t } = useTranslation('fixes');
  return (
    <section aria-labelledby="fix-it-heading" data-testid="fix-it-export">
      <h2 id="fix-it-heading">{t('step.itTitle')}</h2>
      <p>{t('step.itIntro')}</p>
      <p className="step-actions">
        <button
          type="button"
          className="button button-secondary"
          data-testid="fix-it-copy"
          onClick={() => void s.copyItText()}
        >
          {t('step.copy')}
        </button>
        <button
          type="button"
          className="button button-secondary"
          data-testid="fix-it-pac"
          onClick={() => void s.download('pac')}
        >
          {t('step.downloadPac')}
        </button>
        <button
          type="button"
          className="button button-secondary"
          data-testid="fix-it-squid"
          onClick={() => void s.download('squid')}
        >
          {t('step.downloadSquid')}
        </button>
        <button
          type="button"
          className="button button-secondary"
          data-testid="fix-it-json"
          onClick={() => void s.download('json')}
        >
          {t('step.downloadJson')}
        </button>
      </p>
      <p role="status" data-testid="fix-it-status">
        {s.copyState === 'copied'
          ? t('step.copied')
          : s.copyState === 'failed'
            ? t('step.copyFailed')
            : ''}
      </p>
      {s.itText !== null && (
        <details className="disclosure" open={s.copyState === 'failed'}>
          <summary>{t('step.showList')}</summary>
          <pre className="evidence-text" data-testid="fix-it-text" tabIndex={0}>
            {s.itText}
          </pre>
        </details>
      )}
    </section>
  );
}
