import { useTranslation } from 'react-i18next';
import type { Problem } from '../../shared/reply';

/** A refused call in one calm sentence; the code and the core's own words are there for the engineer. */
export function ProblemNotice({ problem }: { problem: Problem }) {
  const { t } = useTranslation('wizard');
  return (
    <div className="notice notice-problem" role="alert">
      <p>{problem.code === 'unsupported' ? t('problem.unsupported') : t('problem.general')}</p>
      <details className="disclosure">
        <summary>{t('problem.details')}</summary>
        <p>{t('problem.code', { code: problem.code })}</p>
        <p className="evidence-text">{problem.message}</p>
      </details>
    </div>
  );
}
