// Automatic JSX even where no tsconfig applies: the CLI renders the report with tsx/esbuild.
/** @jsxRuntime automatic */
import { useTranslation } from 'react-i18next';
import type { ReportDocument } from '../../shared/report-schemas';
import { revealHiddenChars } from '../../shared/results/reveal-hidden-chars';
import { formatTime } from './format-time';

/** Props: `report` — whose context (times, tool, catalog, proxy, redaction) to list; the system has its own table. */
export function ReportFacts({ report }: { report: ReportDocument }) {
  const { t } = useTranslation('report');
  const catalog = report.catalog
    ? `${report.catalog.name} (${report.catalog.id}${report.catalog.version ? ` ${report.catalog.version}` : ''})`
    : t('document.unknown');
  const proxy =
    report.proxy === null
      ? t('document.unknown')
      : report.proxy.url
        ? `${report.proxy.url} (${report.proxy.source})`
        : t('document.direct');
  const rows: [string, string][] = [
    [t('document.startedAt'), formatTime(report.startedAt)],
    [t('document.duration'), `${(report.durationMs / 1000).toFixed(1)} s`],
    [t('document.tool'), `${report.tool.name} ${report.tool.version}`],
    [t('document.catalog'), catalog],
    [t('document.proxyUsed'), proxy],
    [t('document.lang'), report.reportLang],
    [
      t('document.redacted'),
      report.redacted ? t('document.redactedYes') : t('document.redactedNo'),
    ],
  ];
  return (
    <section className="report__section" aria-labelledby="facts">
      <h2 id="facts">{t('document.facts')}</h2>
      <dl className="report__facts">
        {rows.map(([label, value]) => (
          <div key={label} className="report__fact">
            <dt>{label}</dt>
            <dd>{revealHiddenChars(value)}</dd>
          </div>
        ))}
      </dl>
      {report.visibleAfterRedaction && report.visibleAfterRedaction.length > 0 && (
        <>
          <h3>{t('visible.title')}</h3>
          <ul className="report__list" data-testid="report-visible">
            {report.visibleAfterRedaction.map((line, i) => (
              <li key={i}>{revealHiddenChars(line)}</li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
