// Automatic JSX even where no tsconfig applies: the CLI renders the report with tsx/esbuild.
/** @jsxRuntime automatic */
import { useTranslation } from 'react-i18next';
import type { ReportDocument as ReportData } from '../../shared/report-schemas';
import { findPathBreak } from '../../shared/results/find-path-break';
import { revealHiddenChars } from '../../shared/results/reveal-hidden-chars';
import { CheckList } from '../results/CheckList';
import { PathPicture } from '../results/PathPicture';
import { formatTime } from './format-time';
import { ReportComparison } from './ReportComparison';
import { ReportCauses } from './ReportCauses';
import { ReportFacts } from './ReportFacts';
import { ReportSummary } from './ReportSummary';
import { ReportSystem } from './ReportSystem';
import { reportStyle } from './report-style';
import { untestedLines } from './untested-lines';

/** The one policy of the saved file: nothing to fetch, nothing to run, only its own inline styles. */
export const reportContentSecurityPolicy =
  "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'";

/** Props: `report` — the (already redacted) report document. Rendered on the server: no browser APIs here. */
export function ReportDocument({ report }: { report: ReportData }) {
  const { t } = useTranslation('report');
  const picture = findPathBreak(report.checks, report.proxy);
  const untested = untestedLines(report);
  const passed = report.checks.filter((c) => c.status === 'pass');
  return (
    <html lang={report.reportLang}>
      <head>
        <meta charSet="utf-8" />
        <meta httpEquiv="Content-Security-Policy" content={reportContentSecurityPolicy} />
        <meta name="referrer" content="no-referrer" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{t('document.title')}</title>
        {/* Our own constant CSS, never data from the run: the wizard's CSP allows it by its hash. */}
        <style dangerouslySetInnerHTML={{ __html: reportStyle }} />
      </head>
      <body>
        <div className="report">
          <header className="report__header">
            <h1>{t('document.title')}</h1>
            <p className="report__meta">
              {t('document.generatedAt')}: {formatTime(report.generatedAt)}
              {report.catalog && ` · ${revealHiddenChars(report.catalog.name)}`}
            </p>
          </header>
          <main>
            <ReportSummary report={report} />
            <ReportComparison report={report} />
            <ReportCauses checks={report.checks} lang={report.reportLang} />
            <section className="report__section" aria-labelledby="path">
              <h2 id="path">{t('path.title')}</h2>
              <PathPicture
                picture={picture}
                proxyUrl={report.proxy?.url}
                vendorName={report.catalog?.name}
                showTitle={false}
              />
            </section>
            <section
              className="report__section"
              aria-labelledby="untested"
              data-testid="report-untested"
            >
              <h2 id="untested">{t('document.notTested')}</h2>
              {untested.length === 0 ? (
                <p>{t('document.nothingUntested')}</p>
              ) : (
                <ul className="report__list">
                  {untested.map((line, index) => (
                    <li key={index}>
                      {t('layout.skippedLine', {
                        reason: revealHiddenChars(line.reason),
                        count: line.count,
                      })}
                      {line.count > 1 && line.hosts.length > 1 && (
                        <>
                          <br />
                          <span className="report__hosts">
                            {t('layout.skippedHosts', {
                              hosts: line.hosts.map(revealHiddenChars).join(', '),
                            })}
                          </span>
                        </>
                      )}
                    </li>
                  ))}
                </ul>
              )}
              {passed.length > 0 && (
                <details className="sp-check__details" data-testid="report-passed">
                  <summary>{t('layout.passed', { count: passed.length })}</summary>
                  <CheckList checks={passed} evidence="none" />
                </details>
              )}
            </section>
            <section className="report__section" aria-labelledby="fixes">
              <h2 id="fixes">{t('document.fixes')}</h2>
              {report.fixesApplied.length === 0 ? (
                <p>{t('document.noFixes')}</p>
              ) : (
                <ul className="report__list">
                  {report.fixesApplied.map((fix) => (
                    <li key={fix.id}>
                      {revealHiddenChars(fix.title)} ({formatTime(fix.appliedAt)})
                    </li>
                  ))}
                </ul>
              )}
            </section>
            <ReportSystem report={report} />
            <ReportFacts report={report} />
          </main>
          <footer className="report__footer">
            <p>
              {revealHiddenChars(report.tool.name)} {revealHiddenChars(report.tool.version)} ·
              schemaVersion {report.schemaVersion}
            </p>
          </footer>
        </div>
      </body>
    </html>
  );
}
