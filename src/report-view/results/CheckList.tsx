// Automatic JSX even where no tsconfig applies: the CLI renders the report with tsx/esbuild.
/** @jsxRuntime automatic */
import { useTranslation } from 'react-i18next';
import type { CheckResult } from '../../shared/check-result';
import { CheckRow, type EvidenceMode } from './CheckRow';

/** Props: `checks` — results in the order given (e.g. the Requirements step's system checks); `evidence` — see CheckRow. */
export function CheckList({
  checks,
  evidence = 'collapsible',
}: {
  checks: readonly CheckResult[];
  evidence?: EvidenceMode;
}) {
  const { t } = useTranslation('report');
  if (checks.length === 0) return <p className="sp-empty">{t('list.empty')}</p>;
  return (
    <ul className="sp-checks">
      {checks.map((check) => (
        <CheckRow key={check.id} check={check} evidence={evidence} />
      ))}
    </ul>
  );
}
