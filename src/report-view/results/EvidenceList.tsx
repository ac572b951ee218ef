// Automatic JSX even where no tsconfig applies: the CLI renders the report with tsx/esbuild.
/** @jsxRuntime automatic */
import { useTranslation } from 'react-i18next';
import type { CheckResult } from '../../shared/check-result';
import { evidenceOf } from '../../shared/results/evidence';
import { revealHiddenChars } from '../../shared/results/reveal-hidden-chars';

/** Props: `check` — whose evidence (server, timings, proxy, certificate, error codes) to list as a `<dl>`. */
export function EvidenceList({ check }: { check: CheckResult }) {
  const { t } = useTranslation('report');
  return (
    <dl className="sp-evidence">
      {evidenceOf(check).map((item, index) => (
        <div className="sp-evidence__item" key={`${item.key}-${index}`}>
          <dt>
            {item.key === 'other' && item.rawKey
              ? revealHiddenChars(item.rawKey)
              : t(`evidence.${item.key}`)}
          </dt>
          <dd>
            <bdi>{revealHiddenChars(item.value)}</bdi>
          </dd>
        </div>
      ))}
    </dl>
  );
}
