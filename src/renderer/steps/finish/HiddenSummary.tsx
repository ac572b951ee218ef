import { useTranslation } from 'react-i18next';
import type { RedactionCounts } from '../../../shared/report-schemas';

const kinds = [
  'user',
  'host',
  'ip',
  'mac',
  'email',
  'key',
  'credential',
] as const satisfies readonly (keyof RedactionCounts)[];

/** What the redaction hid in the file, in words: the exact text below is for checking, this is for reading. */
export function HiddenSummary({ redactions }: { redactions: RedactionCounts }) {
  const { t } = useTranslation('wizard');
  const found = kinds.filter((k) => redactions[k] > 0);
  if (found.length === 0) return <p className="hint">{t('finish.hiddenNone')}</p>;
  return (
    <div className="hidden-summary">
      <p id="hidden-summary-lead">{t('finish.hiddenLead')}</p>
      <ul aria-labelledby="hidden-summary-lead">
        {found.map((k) => (
          <li key={k}>{t(`finish.hidden.${k}`, { count: redactions[k] })}</li>
        ))}
      </ul>
    </div>
  );
}
