// Automatic JSX even where no tsconfig applies: the CLI renders the report with tsx/esbuild.
/** @jsxRuntime automatic */
import { useTranslation } from 'react-i18next';
import type { ReportDocument } from '../../shared/report-schemas';
import { revealHiddenChars } from '../../shared/results/reveal-hidden-chars';
import { RunSummary } from '../results/RunSummary';

/**
 * The report's first block (issue 15): ready or not and the one thing to do (the same RunSummary the
 * wizard's Finish step shows), then the request for IT as plain text the reader selects and copies. The
 * page runs no script (its CSP), so there is no copy button: a focusable block of preformatted text.
 */
export function ReportSummary({ report }: { report: ReportDocument }) {
  const { t } = useTranslation('report');
  return (
    <section
      className="report__section report__summary"
      aria-labelledby="summary"
      data-testid="report-summary"
    >
      <h2 id="summary">{t('document.summary')}</h2>
      <RunSummary run={report} headingLevel={3} />
      {!report.ready && <p>{t('document.sendToSupport')}</p>}
      {report.itRequest !== undefined &&
        (report.ready ? (
          // Nothing for IT to do: the list stays at hand, folded.
          <details className="sp-check__details report__it" data-testid="report-it-request">
            <summary id="it-request">{t('layout.itRequest')}</summary>
            <p id="it-request-hint">{t('layout.itRequestHint')}</p>
            <ItRequestText text={report.itRequest} />
          </details>
        ) : (
          <div className="report__it" data-testid="report-it-request">
            <h3 id="it-request">{t('layout.itRequest')}</h3>
            <p id="it-request-hint">{t('layout.itRequestHint')}</p>
            <ItRequestText text={report.itRequest} />
          </div>
        ))}
    </section>
  );
}

/** The request as preformatted text: focusable, so a keyboard reaches it and can scroll it. */
function ItRequestText({ text }: { text: string }) {
  return (
    <pre
      className="report__it-text"
      tabIndex={0}
      aria-labelledby="it-request"
      aria-describedby="it-request-hint"
    >
      {revealHiddenChars(text)}
    </pre>
  );
}
