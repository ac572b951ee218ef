import { useEffect } from 'react';
import { SinceLastCheck } from '../../common/SinceLastCheck';
import { finishSummary } from '../../model/finish-summary';
import { mergeComparisons } from '../../model/merge-comparisons';
import { useAppStore } from '../../stores/use-app-store';
import { useChecksStore } from '../../stores/use-checks-store';
import { useLocalizedRun } from '../../stores/use-localized-scope';
import { useReportStore } from '../../stores/use-report-store';
import { ReportExport } from './ReportExport';
import { FinishSummary } from './FinishSummary';

/** The summary of both runs and the report export; the preview is fetched when the step opens. */
export function FinishStep() {
  const lang = useAppStore((s) => s.lang);
  const systemRun = useLocalizedRun(
    useChecksStore((s) => s.system.run),
    lang,
  );
  const networkRun = useLocalizedRun(
    useChecksStore((s) => s.network.run),
    lang,
  );
  const report = useReportStore();
  const summary = finishSummary(systemRun, networkRun);
  const { loadPreview } = report;
  // The report is written in the page's language: a language switch here asks for it again.
  useEffect(() => {
    void loadPreview();
  }, [loadPreview, lang]);
  return (
    <>
      <FinishSummary summary={summary} lang={lang} />
      <SinceLastCheck
        comparison={mergeComparisons(systemRun?.comparison, networkRun?.comparison)}
        lang={lang}
      />
      <ReportExport
        format={report.format}
        redact={report.redact}
        preview={report.preview}
        isLoading={report.isLoading}
        problem={report.problem}
        savedFileName={report.savedFileName}
        onFormat={report.setFormat}
        onRedact={report.setRedact}
        onSave={report.save}
      />
    </>
  );
}
