import { useTranslation } from 'react-i18next';
import type { CleanupScan } from '../../../shared/cleanup-schemas';
import { ProblemNotice } from '../../common/ProblemNotice';
import '../join-cleanup.css';
import { CleanupProof } from './CleanupProof';
import { useCleanupStore, type CleanupState } from './use-cleanup-store';

export function CleanupStep() {
  return <CleanupView s={useCleanupStore()} />;
}

/** Scan → list → consent → remove → the proof list. */
export function CleanupView({ s }: { s: CleanupState }) {
  const { t } = useTranslation('cleanup');
  const busy = s.phase === 'scanning' || s.phase === 'removing';
  const canRemove = s.consent && s.selected.length > 0 && !busy;
  const scan = s.phase === 'scanned' ? s.scan : null;
  return (
    <div className="cleanup-step">
      <p className="lead">{t('step.intro')}</p>
      <p className="step-actions">
        <button
          type="button"
          className="button button-secondary"
          data-testid="cleanup-scan"
          aria-disabled={busy}
          onClick={busy ? undefined : () => void s.runScan()}
        >
          {s.phase === 'idle' ? t('step.scan') : t('step.again')}
        </button>
      </p>
      <p role="status" data-testid="cleanup-status">
        {s.phase === 'scanning'
          ? t('step.scanning')
          : s.phase === 'removing'
            ? t('step.removing')
            : scan && scan.items.length === 0
              ? t('step.nothing')
              : ''}
      </p>
      {s.problem && <ProblemNotice problem={s.problem} />}

      {scan && scan.items.length > 0 && (
        <section aria-labelledby="cleanup-found-heading">
          <h2 id="cleanup-found-heading">{t('step.found')}</h2>
          <ul className="cleanup-list" data-testid="cleanup-items">
            {scan.items.map((item) => (
              <li key={item.id} data-testid="cleanup-item" data-id={item.id}>
                <label className="choice">
                  <input
                    type="checkbox"
                    disabled={!item.removable}
                    checked={s.selected.includes(item.id)}
                    onChange={(e) => s.toggle(item.id, e.currentTarget.checked)}
                  />
                  <span>
                    {item.label}
                    <span className="cleanup-location">{item.location}</span>
                  </span>
                </label>
                {item.reason && <p className="hint">{item.reason}</p>}
              </li>
            ))}
          </ul>
          <label className="choice cleanup-consent">
            <input
              type="checkbox"
              data-testid="cleanup-consent"
              checked={s.consent}
              onChange={(e) => s.setConsent(e.currentTarget.checked)}
            />
            {t('step.consent')}
          </label>
          <p className="step-actions">
            <button
              type="button"
              className="button button-primary"
              data-testid="cleanup-remove"
              aria-disabled={!canRemove}
              onClick={canRemove ? () => void s.remove() : undefined}
            >
              {t('step.remove')}
            </button>
          </p>
        </section>
      )}
      {s.scan && <RefusedList scan={s.scan} />}
      {s.phase === 'done' && s.result && <CleanupProof result={s.result} />}
    </div>
  );
}

function RefusedList({ scan }: { scan: CleanupScan }) {
  const { t } = useTranslation('cleanup');
  if (scan.refused.length === 0) return null;
  return (
    <section aria-labelledby="cleanup-refused-heading">
      <h2 id="cleanup-refused-heading">{t('step.refusedTitle')}</h2>
      <ul className="cleanup-list" data-testid="cleanup-refused">
        {scan.refused.map((r) => (
          <li key={r.path}>{r.reason}</li>
        ))}
      </ul>
    </section>
  );
}
