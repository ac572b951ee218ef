// Automatic JSX even where no tsconfig applies: the CLI renders the report with tsx/esbuild.
/** @jsxRuntime automatic */
import { useTranslation } from 'react-i18next';
import type { CheckResult } from '../../shared/check-result';
import { revealHiddenChars } from '../../shared/results/reveal-hidden-chars';
import { EvidenceList } from './EvidenceList';
import { StatusMark } from './StatusMark';

/** How a row shows its evidence: always (the report), behind a disclosure (the wizard), or not at all. */
export type EvidenceMode = 'open' | 'collapsible' | 'none';

/** What a check is about, e.g. "assist.zoho.com:443" or "chrome" for `browser:chrome`. */
export function checkSubject(check: CheckResult): string {
  if (check.target)
    return check.target.port === undefined
      ? check.target.host
      : `${check.target.host}:${check.target.port}`;
  const colon = check.id.indexOf(':');
  return colon === -1 ? '' : check.id.slice(colon + 1);
}

/** Props: `check` — one result; `evidence` — how to show what it saw (default `collapsible`). */
export function CheckRow({
  check,
  evidence = 'collapsible',
}: {
  check: CheckResult;
  evidence?: EvidenceMode;
}) {
  const { t } = useTranslation('report');
  const subject = checkSubject(check);
  return (
    <li className={`sp-check sp-check--${check.status}`}>
      <div className="sp-check__head">
        <StatusMark status={check.status} />
        <span className="sp-check__title">
          {t(`kind.${check.kind}`)}
          {subject && (
            <>
              {' '}
              <bdi className="sp-check__subject">{revealHiddenChars(subject)}</bdi>
            </>
          )}
        </span>
        {check.required === false && (
          <span className="sp-check__optional">{t('list.notRequired')}</span>
        )}
      </div>
      {check.message && <p className="sp-check__message">{revealHiddenChars(check.message)}</p>}
      {check.fix && check.status !== 'pass' && (
        <p className="sp-check__fix">
          <strong>{t('list.whatToDo')}:</strong> {revealHiddenChars(check.fix)}
        </p>
      )}
      {evidence === 'open' && <EvidenceList check={check} />}
      {evidence === 'collapsible' && (
        <details className="sp-check__details">
          <summary>{t('evidence.title')}</summary>
          <EvidenceList check={check} />
        </details>
      )}
    </li>
  );
}
