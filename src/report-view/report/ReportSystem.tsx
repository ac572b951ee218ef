// Automatic JSX even where no tsconfig applies: the CLI renders the report with tsx/esbuild.
/** @jsxRuntime automatic */
import { useTranslation } from 'react-i18next';
import type { ReportDocument } from '../../shared/report-schemas';
import { revealHiddenChars } from '../../shared/results/reveal-hidden-chars';
import { systemRows } from './system-rows';

/** The PC as a table of words; the facts as recorded only inside a "for support" disclosure. */
export function ReportSystem({ report }: { report: ReportDocument }) {
  const { t } = useTranslation('report');
  const rows = systemRows(report, t);
  const hasFacts = Object.keys(report.system).length > 0;
  return (
    <section className="report__section" aria-labelledby="system" data-testid="report-system">
      <h2 id="system">{t('document.system')}</h2>
      {rows.length === 0 ? (
        <p>{t('document.unknown')}</p>
      ) : (
        <table className="report__table">
          <tbody>
            {rows.map((row) => (
              <tr key={row.key}>
                <th scope="row">{revealHiddenChars(row.label)}</th>
                <td>{revealHiddenChars(row.value)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {hasFacts && (
        <details className="sp-check__details">
          <summary>{t('system.raw')}</summary>
          <pre className="report__raw" tabIndex={0} aria-label={t('system.raw')}>
            {revealHiddenChars(JSON.stringify(report.system, null, 2))}
          </pre>
        </details>
      )}
    </section>
  );
}
