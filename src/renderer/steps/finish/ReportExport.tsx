import { useTranslation } from 'react-i18next';
import type { Problem } from '../../../shared/reply';
import type { ExportFormat, ReportFile } from '../../../shared/report-schemas';
import { ProblemNotice } from '../../common/ProblemNotice';
import { HiddenSummary } from './HiddenSummary';

interface ReportExportProps {
  format: ExportFormat;
  redact: boolean;
  preview: ReportFile | null;
  isLoading: boolean;
  problem: Problem | null;
  savedFileName: string | null;
  onFormat: (format: ExportFormat) => void;
  onRedact: (redact: boolean) => void;
  onSave: () => void;
}

const formats: readonly { id: ExportFormat; key: 'finish.formatHtml' | 'finish.formatJson' }[] = [
  { id: 'html', key: 'finish.formatHtml' },
  { id: 'json', key: 'finish.formatJson' },
];

/** Choose format and redaction, see the report as it will look (or the JSON's exact text), then save it. */
export function ReportExport(props: ReportExportProps) {
  const { format, redact, preview, isLoading, problem, savedFileName, onFormat, onRedact, onSave } =
    props;
  const { t } = useTranslation('wizard');
  // An HTML report is shown rendered; JSON is its exact text.
  const page = !isLoading && preview?.mimeType.startsWith('text/html') ? preview : null;
  return (
    <section aria-labelledby="report-heading">
      <h2 id="report-heading">{t('finish.reportHeading')}</h2>
      <p>{t('finish.reportLead')}</p>
      <fieldset className="field-group">
        <legend>{t('finish.format')}</legend>
        {formats.map((f) => (
          <label key={f.id} className="choice">
            <input
              type="radio"
              name="report-format"
              value={f.id}
              checked={format === f.id}
              onChange={() => onFormat(f.id)}
            />
            {t(f.key)}
          </label>
        ))}
      </fieldset>
      <div className="field-group">
        <label className="choice">
          <input
            type="checkbox"
            checked={redact}
            aria-describedby="redact-hint"
            onChange={(e) => onRedact(e.currentTarget.checked)}
          />
          {t('finish.redact')}
        </label>
        <p id="redact-hint" className="hint">
          {t('finish.redactHint')}
        </p>
      </div>
      {redact && preview?.redactions && !isLoading && (
        <HiddenSummary redactions={preview.redactions} />
      )}
      <h3 id="preview-heading">{t('finish.previewHeading')}</h3>
      <p id="preview-hint" className="hint">
        {t(page ? 'finish.previewHintHtml' : 'finish.previewHint')}
      </p>
      {problem && <ProblemNotice problem={problem} />}
      {page ? (
        // The page as it will look, never its source. sandbox="" runs no script and gives the page an
        // opaque origin; it inherits the wizard's CSP, which allows the report's inline CSS by its hash.
        <iframe
          className="preview preview-frame"
          data-testid="report-preview-frame"
          title={t('finish.previewFrameTitle')}
          sandbox=""
          referrerPolicy="no-referrer"
          srcDoc={page.content}
          aria-describedby="preview-hint"
        />
      ) : (
        <>
          <label className="visually-hidden" htmlFor="report-preview">
            {t('finish.previewLabel')}
          </label>
          <textarea
            id="report-preview"
            className="preview"
            readOnly
            rows={14}
            spellCheck={false}
            aria-describedby="preview-hint"
            aria-busy={isLoading}
            value={isLoading ? t('finish.previewLoading') : (preview?.content ?? '')}
          />
        </>
      )}
      <p className="step-actions">
        <button
          type="button"
          className="button button-primary"
          data-testid="report-save"
          aria-disabled={!preview || isLoading}
          onClick={preview && !isLoading ? onSave : undefined}
        >
          {t('finish.save')}
        </button>
      </p>
      <p role="status" className="saved-status">
        {savedFileName ? t('finish.saved', { fileName: savedFileName }) : ''}
      </p>
    </section>
  );
}
