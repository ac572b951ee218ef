// Automatic JSX even where no tsconfig applies: the CLI renders the report with tsx/esbuild.
/** @jsxRuntime automatic */
import { useTranslation } from 'react-i18next';
import { browserDisplayName } from '../../shared/browser-names';
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

/**
 * The row's title: the kind and its subject ("Web access (HTTP) assist.zoho.com:443"); a browser by its
 * product's name alone ("Google Chrome", "Chromium"), never "Browser chrome" (issue 15).
 */
export function checkTitle(
  check: CheckResult,
  kindLabel: string,
): { label: string; subject: string } {
  const subject = checkSubject(check);
  if (check.kind !== 'browser') return { label: kindLabel, subject };
  const named =
    (check.detail && 'name' in check.detail && typeof check.detail.name === 'string'
      ? check.detail.name
      : null) ?? browserDisplayName(subject);
  return named ? { label: named, subject: '' } : { label: kindLabel, subject };
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
  const { label, subject } = checkTitle(check, t(`kind.${check.kind}`));
  return (
    <li className={`sp-check sp-check--${check.status}`}>
      <div className="sp-check__head">
        <StatusMark status={check.status} />
        <span className="sp-check__title">
          {label}
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
