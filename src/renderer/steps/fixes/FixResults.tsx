import { useTranslation } from 'react-i18next';
import type { FixApplyResult } from '../../../shared/fixes-schemas';
import { StatusMark } from '../../../report-view/results';

/** What the last apply or undo did, and the affected checks before and after it. */
export function FixResults({ result }: { result: FixApplyResult }) {
  const { t } = useTranslation('fixes');
  return (
    <section aria-labelledby="fix-outcomes-heading" data-testid="fix-results">
      <h2 id="fix-outcomes-heading">{t('step.outcomesTitle')}</h2>
      <ul className="fix-outcomes">
        {result.outcomes.map((o) => (
          <li key={o.id} data-testid="fix-outcome" data-ok={o.ok}>
            <StatusMark status={o.ok ? 'pass' : 'fail'} /> {o.message}
          </li>
        ))}
      </ul>
      {result.recheck && result.recheck.after.length > 0 && (
        <table className="fix-recheck" data-testid="fix-recheck">
          <caption>{t('step.recheckTitle')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('step.recheckHost')}</th>
              <th scope="col">{t('step.before')}</th>
              <th scope="col">{t('step.after')}</th>
            </tr>
          </thead>
          <tbody>
            {result.recheck.after.map((after) => {
              const before = result.recheck?.before.find((b) => b.id === after.id);
              return (
                <tr key={after.id}>
                  <th scope="row">{after.id}</th>
                  <td>{before ? <StatusMark status={before.status} /> : '—'}</td>
                  <td>
                    <StatusMark status={after.status} /> {after.message}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </section>
  );
}
