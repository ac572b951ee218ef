import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { I18nextProvider } from 'react-i18next';
import type { CheckRun } from '../../../shared/check-result';
import { createI18n } from '../../../shared/i18n';
import type {
  ExportFormat,
  ReportDocument as ReportData,
  ReportFile,
} from '../../../shared/report-schemas';
import { ReportDocument } from '../../../report-view/report/ReportDocument';
import { buildReport, type BuildReportOptions } from './build-report';

export interface RenderReportOptions extends BuildReportOptions {
  format: ExportFormat;
}

/** The report as a file to save: JSON for tools, or one self-contained HTML page for people. */
export function renderReport(run: CheckRun, options: RenderReportOptions): ReportFile {
  const report = buildReport(run, options);
  // What the redaction hid travels with the file, so the wizard can say it beside the exact preview.
  const hidden = report.redacted ? { redactions: report.redactions } : {};
  const stem = `session-prep-report-${report.generatedAt.slice(0, 19).replace(/[-:]/g, '').replace('T', '-')}${report.redacted ? '-redacted' : ''}`;
  switch (options.format) {
    case 'json':
      return {
        fileName: `${stem}.json`,
        mimeType: 'application/json',
        content: `${JSON.stringify(report, null, 2)}\n`,
        ...hidden,
      };
    case 'html':
      return {
        fileName: `${stem}.html`,
        mimeType: 'text/html; charset=utf-8',
        content: renderReportHtml(report),
        ...hidden,
      };
  }
}

/** The HTML page of an already built (and redacted) report, in the report's language. */
export function renderReportHtml(report: ReportData): string {
  const tree = createElement(
    I18nextProvider,
    { i18n: createI18n(report.reportLang) },
    createElement(ReportDocument, { report }),
  );
  return `<!DOCTYPE html>\n${renderToStaticMarkup(tree)}\n`;
}
