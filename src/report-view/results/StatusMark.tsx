// Automatic JSX even where no tsconfig applies: the CLI renders the report with tsx/esbuild.
/** @jsxRuntime automatic */
import { useTranslation } from 'react-i18next';
import type { Status } from '../../shared/verdicts';

const icons: Record<Status, string> = { pass: '✓', warn: '!', fail: '✕', skipped: '–' };

/** Props: `status` — the check's status, shown as a symbol and a word (never colour alone). */
export function StatusMark({ status }: { status: Status }) {
  const { t } = useTranslation('report');
  return (
    <span className={`sp-status sp-status--${status}`}>
      <span className="sp-status__icon" aria-hidden="true">
        {icons[status]}
      </span>
      <span className="sp-status__text">{t(`status.${status}`)}</span>
    </span>
  );
}
