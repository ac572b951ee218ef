import { comparisonSentences } from '../../shared/results/comparison-words';
import type { Lang } from '../../shared/lang';
import type { RunComparison } from '../../shared/run-comparison';

/**
 * What changed since the last check (issue 15): the counts with the earlier run's local time, then the
 * fixed hosts by name, so a customer can tell IT's change worked, and any new problem. Nothing without an
 * earlier run of the same question.
 */
export function SinceLastCheck({
  comparison,
  lang,
}: {
  comparison: RunComparison | null | undefined;
  lang: Lang;
}) {
  if (!comparison) return null;
  const words = comparisonSentences(comparison, lang);
  return (
    <div className="since-last" data-testid="since-last-check">
      <p className="since-last__line">{words.line}</p>
      {words.fixed && (
        <p className="since-last__fixed" data-testid="since-last-fixed">
          {words.fixed}
        </p>
      )}
      {words.newlyFailing && <p className="since-last__new">{words.newlyFailing}</p>}
    </div>
  );
}
