import { useTranslation } from 'react-i18next';
import type { JoinState } from './use-join-store';

/** The whole screen will be shared: what is open now, minimise, notifications, and the customer's own confirmation. */
export function JoinPrivacy({ s }: { s: JoinState }) {
  const { t } = useTranslation('join');
  const windows = s.windows;
  return (
    <section aria-labelledby="join-privacy-heading" className="join-privacy">
      <h2 id="join-privacy-heading">{t('step.privacyTitle')}</h2>
      <h3>{t('step.windowsTitle')}</h3>
      {windows && !windows.supported && <p className="hint">{windows.message}</p>}
      {windows && !windows.supported && windows.detail && (
        <details className="disclosure">
          <summary>{t('step.forSupport')}</summary>
          <p className="evidence-text">{windows.detail}</p>
        </details>
      )}
      {windows?.supported && windows.windows.length === 0 && (
        <p className="hint">{t('step.windowsNone')}</p>
      )}
      {windows?.supported && windows.windows.length > 0 && (
        <ul className="window-list" data-testid="join-windows">
          {windows.windows.map((w, i) => (
            <li key={`${w.app}-${i}`}>
              <span className="window-title">{w.title || w.app}</span>
              {w.title && <span className="hint"> — {w.app}</span>}
            </li>
          ))}
        </ul>
      )}
      <p className="step-actions join-buttons">
        <button
          type="button"
          className="button button-secondary"
          aria-disabled={s.isListing}
          onClick={s.isListing ? undefined : () => void s.listWindows()}
        >
          {t('step.refreshWindows')}
        </button>
        {windows?.supported && (
          <button
            type="button"
            className="button button-secondary"
            data-testid="join-minimise"
            onClick={() => void s.minimise()}
          >
            {t('step.minimise')}
          </button>
        )}
      </p>
      <p role="status">{s.minimiseMessage ?? ''}</p>
      <p className="notice">{t('step.notifications')}</p>
      <label className="choice join-confirm">
        <input
          type="checkbox"
          data-testid="join-confirm"
          checked={s.confirmed}
          onChange={(e) => s.setConfirmed(e.currentTarget.checked)}
        />
        {t('step.confirm')}
      </label>
    </section>
  );
}
