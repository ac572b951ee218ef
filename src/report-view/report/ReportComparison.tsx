// Automatic JSX even where no tsconfig applies: the CLI renders the report with tsx/esbuild.
/** @jsxRuntime automatic */
import { useTranslation } from 'react-i18next';
import type { ReportDocument } from '../../shared/report-schemas';
import { comparedByCause } from '../../shared/results/compare-runs';
import { comparisonSentences } from '../../shared/results/comparison-words';
import { revealHiddenChars } from '../../shared/results/reveal-hidden-chars';
import type { ComparedCheck } from '../../shared/run-comparison';

type ListKey = 'fixed' | 'stillFailing' | 'newlyFailing' | 'notRechecked';
const lists: { key: ListKey; title: 'fixed' | 'still' | 'new' | 'notRechecked' }[] = [
  { key: 'fixed', title: 'fixed' },
  { key: 'stillFailing', title: 'still' },
  { key: 'newlyFailing', title: 'new' },
  { key: 'notRechecked', title: 'notRechecked' },
];

/**
 * Props: `report` — what changed since the earlier run of the same question (issue 15): the counts with the
 * earlier run's time, then each list by cause, a fixed check under the cause it had. Nothing without one.
 */
export function ReportComparison({ report }: { report: ReportDocument }) {
  const { t } = useTranslation('report');
  const comparison = report.comparison;
  if (!comparison) return null;
  const words = comparisonSentences(comparison, report.reportLang, {
    now: new Date(report.generatedAt),
    withZone: true,
  });
  const cause = (verdict: string) => t(`cause.${verdict}`, { defaultValue: verdict });
  const change = (c: ComparedCheck) =>
    c.before === null
      ? t('comparison.absent')
      : c.before.verdict === c.now.verdict
        ? null
        : t('comparison.change', { before: cause(c.before.verdict), now: cause(c.now.verdict) });
  return (
    <section
      className="report__section"
      aria-labelledby="comparison"
      data-testid="report-comparison"
    >
      <h2 id="comparison">{t('comparison.title')}</h2>
      <p>{words.line}</p>
      {lists.map(({ key, title }) =>
        comparison[key].length === 0 ? null : (
          <div key={key}>
            <h3>{t(`comparison.${title}`)}</h3>
            <ul className="report__list">
              {comparedByCause(comparison[key], key === 'fixed' ? 'before' : 'now').map((group) => (
                <li key={group.verdict}>
                  {t('comparison.causeLead', { cause: cause(group.verdict) })}
                  {group.checks.map((c, index) => {
                    const changed =
                      key === 'stillFailing' || key === 'newlyFailing' ? change(c) : null;
                    return (
                      <span key={c.id}>
                        {index > 0 && ', '}
                        <code>{revealHiddenChars(c.id)}</code>
                        {changed && t('comparison.changeNote', { change: changed })}
                      </span>
                    );
                  })}
                </li>
              ))}
            </ul>
          </div>
        ),
      )}
    </section>
  );
}
