import { useTranslation } from 'react-i18next';
import { OtherLangNotice } from '../../common/OtherLangNotice';
import { ProblemNotice } from '../../common/ProblemNotice';
import { CheckList } from '../../../report-view/results';
import { worstStatus } from '../../model/check-progress';
import type { Lang } from '../../../shared/lang';
import type { ScopeRun } from '../../stores/use-checks-store';

interface RequirementsViewProps {
  scope: ScopeRun;
  lang: Lang;
  onRecheck: () => void;
}

export function RequirementsView({ scope, lang, onRecheck }: RequirementsViewProps) {
  const { t } = useTranslation('wizard');
  const checks = scope.run?.checks ?? [];
  const worst = worstStatus(checks.map((c) => c.status));
  const summary = worst === 'fail' ? 'someFail' : worst === 'warn' ? 'someWarn' : 'allPass';
  const isRunning = scope.phase === 'running';
  return (
    <>
      <p className="lead">{t('requirements.lead')}</p>
      <p className="checks-status" role="status" data-testid="checks-status" aria-busy={isRunning}>
        {isRunning
          ? t('requirements.running')
          : scope.phase === 'done'
            ? t(`requirements.${summary}`)
            : ''}
      </p>
      {scope.problem && <ProblemNotice problem={scope.problem} />}
      <OtherLangNotice run={scope.run} lang={lang} />
      {checks.length > 0 && (
        <section aria-labelledby="requirements-results-heading">
          <h2 id="requirements-results-heading">{t('requirements.listLabel')}</h2>
          <CheckList checks={checks} />
        </section>
      )}
      {!isRunning && scope.phase !== 'idle' && (
        <p className="step-actions">
          <button
            type="button"
            className="button button-secondary"
            data-testid="checks-recheck"
            onClick={onRecheck}
          >
            {t('requirements.recheck')}
          </button>
        </p>
      )}
    </>
  );
}
