// Automatic JSX even where no tsconfig applies: the CLI renders the report with tsx/esbuild.
/** @jsxRuntime automatic */
import { useTranslation } from 'react-i18next';
import type { CheckResult } from '../../shared/check-result';
import { revealHiddenChars } from '../../shared/results/reveal-hidden-chars';
import { stackDisagreements } from '../../shared/results/stack-disagreement';

export interface StackDisagreementsProps {
  checks: readonly CheckResult[];
  headingLevel?: 2 | 3 | 4;
}

/**
 * Issue 17: where the browser's own network stack and the app's chain disagree about a host, what that
 * means, one sentence per host. Nothing when they agree (or the run has no `chromium` checks).
 */
export function StackDisagreements({ checks, headingLevel = 3 }: StackDisagreementsProps) {
  const { t, i18n } = useTranslation('verdicts');
  const items = stackDisagreements(checks, i18n.language === 'en' ? 'en' : 'ja');
  if (items.length === 0) return null;
  const Heading = `h${headingLevel}` as const;
  return (
    <div className="sp-stacks" data-testid="stack-disagreements">
      <Heading className="sp-stacks__heading">{t('chromium.heading')}</Heading>
      <ul className="sp-stacks__list">
        {items.map((d) => (
          <li key={`${d.host}:${d.port}`} data-kind={d.kind} data-host={d.host}>
            {revealHiddenChars(d.sentence)}
          </li>
        ))}
      </ul>
    </div>
  );
}
