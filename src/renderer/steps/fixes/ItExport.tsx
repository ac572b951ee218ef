import { useTranslation } from 'react-i18next';
import { chosenFallback, type FixesState } from './use-fixes-store';

/** The request for IT: copy the list, or download it as a PAC file, a Squid fragment or JSON. */
export function ItExport({
  s,
}: {
  s: Pick<
    FixesState,
    | 'copyItText'
    | 'download'
    | 'copyState'
    | 'itText'
    | 'pacToday'
    | 'pacChoice'
    | 'pacCustom'
    | 'choosePac'
  >;
}) {
  const { t } = useTranslation('fixes');
  const fallback = chosenFallback(s);
  return (
    <section aria-labelledby="fix-it-heading" data-testid="fix-it-export">
      <h2 id="fix-it-heading">{t('step.itTitle')}</h2>
      <p>{t('step.itIntro')}</p>
      <fieldset className="pac-choice" data-testid="fix-pac-choice">
        <legend>{t('step.pacTitle')}</legend>
        {s.pacToday !== null && (
          <label>
            <input
              type="radio"
              name="pac-fallback"
              data-testid="fix-pac-today"
              checked={s.pacChoice === 'today'}
              onChange={() => s.choosePac('today')}
            />{' '}
            {t('step.pacToday', { answer: s.pacToday })}
          </label>
        )}
        <label>
          <input
            type="radio"
            name="pac-fallback"
            data-testid="fix-pac-direct"
            checked={s.pacChoice === 'direct'}
            onChange={() => s.choosePac('direct')}
          />{' '}
          {t('step.pacDirect')}
        </label>
        <label>
          <input
            type="radio"
            name="pac-fallback"
            data-testid="fix-pac-custom"
            checked={s.pacChoice === 'custom'}
            onChange={() => s.choosePac('custom')}
          />{' '}
          {t('step.pacCustom')}
        </label>
        {s.pacChoice === 'custom' && (
          <label className="pac-choice__custom">
            {t('step.pacCustomLabel')}{' '}
            <input
              type="text"
              data-testid="fix-pac-custom-text"
              value={s.pacCustom}
              placeholder="PROXY proxy.example.com:8080"
              aria-invalid={s.pacCustom !== '' && fallback === undefined}
              onChange={(e) => s.choosePac('custom', e.currentTarget.value)}
            />
          </label>
        )}
        {fallback === undefined && <p data-testid="fix-pac-hint">{t('step.pacChooseFirst')}</p>}
      </fieldset>
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
          aria-disabled={fallback === undefined}
          onClick={fallback === undefined ? undefined : () => void s.download('pac')}
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
