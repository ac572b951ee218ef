import { useTranslation } from 'react-i18next';
import type { CleanupResult } from '../../../shared/cleanup-schemas';

/** What was done, then the scan done again: each item gone, or what remains and why. */
export function CleanupProof({ result }: { result: CleanupResult }) {
  const { t } = useTranslation('cleanup');
  const remaining = result.after.items;
  return (
    <section
      aria-labelledby="cleanup-proof-heading"
      data-testid="cleanup-proof"
      data-remaining={remaining.length}
    >
      <h2 id="cleanup-proof-heading">{t('step.proofTitle')}</h2>
      <ul className="cleanup-list">
        {result.outcomes.map((o) => (
          <li key={o.id} data-ok={String(o.ok)}>
            <span className={o.ok ? 'cleanup-gone' : 'cleanup-remaining'}>
              {o.ok ? '✓ ' : '✗ '}
            </span>
            {o.message}
          </li>
        ))}
      </ul>
      {remaining.length === 0 ? (
        <p className="notice notice-ok" role="status">
          {t('step.allGone')}
        </p>
      ) : (
        <>
          <h3>{t('step.remaining')}</h3>
          <ul className="cleanup-list">
            {remaining.map((item) => (
              <li key={item.id}>
                {item.label}
                <span className="cleanup-location">{item.location}</span>
                {item.reason && <span className="hint"> {item.reason}</span>}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
