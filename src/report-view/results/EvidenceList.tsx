// Automatic JSX even where no tsconfig applies: the CLI renders the report with tsx/esbuild.
/** @jsxRuntime automatic */
import { useTranslation } from 'react-i18next';
import type { CheckResult } from '../../shared/check-result';
import { evidenceOf, type EvidenceItem } from '../../shared/results/evidence';
import { revealHiddenChars } from '../../shared/results/reveal-hidden-chars';

/** Raw data (the error as the OS gave it, the detail's other keys) is for support, folded away (issue 15). */
const isForSupport = (item: EvidenceItem) => item.key === 'error' || item.key === 'other';

function Items({ items }: { items: EvidenceItem[] }) {
  const { t } = useTranslation('report');
  return items.map((item, index) => (
    <div className="sp-evidence__item" key={`${item.key}-${index}`}>
      <dt>
        {item.key === 'other' && item.rawKey
          ? t(`evidence.raw.${item.rawKey}`, { defaultValue: revealHiddenChars(item.rawKey) })
          : t(`evidence.${item.key}`)}
      </dt>
      <dd>
        <bdi>{revealHiddenChars(item.value)}</bdi>
      </dd>
    </div>
  ));
}

/**
 * Props: `check` — whose evidence to list as a `<dl>`: what a person reads (server, time, proxy,
 * certificate) under translated labels, then the raw data in a "For support" disclosure.
 */
export function EvidenceList({ check }: { check: CheckResult }) {
  const { t } = useTranslation('report');
  const items = evidenceOf(check);
  const readable = items.filter((i) => !isForSupport(i));
  const support = items.filter(isForSupport);
  return (
    <>
      <dl className="sp-evidence">
        <Items items={readable} />
      </dl>
      {support.length > 0 && (
        <details className="sp-evidence__support">
          <summary>{t('evidence.forSupport')}</summary>
          <dl className="sp-evidence">
            <Items items={support} />
          </dl>
        </details>
      )}
    </>
  );
}
