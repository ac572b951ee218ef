// Automatic JSX even where no tsconfig applies: the CLI renders the report with tsx/esbuild.
/** @jsxRuntime automatic */
import { useTranslation } from 'react-i18next';
import type { CheckResult } from '../../shared/check-result';
import { groupByCause } from '../../shared/results/group-by-cause';
import { CheckList } from './CheckList';
import type { EvidenceMode } from './CheckRow';
import { StatusMark } from './StatusMark';

export interface CauseGroupsProps {
  /** The results to group by cause (one verdict = one cause), worst first. */
  checks: readonly CheckResult[];
  /** The level of each group's heading, so it fits under the page's own headings (default 3). */
  headingLevel?: 2 | 3 | 4 | 5;
  /** How rows show their evidence (default `collapsible`). */
  evidence?: EvidenceMode;
}

/** The checks grouped by cause, each group a section with a heading naming the cause and its status. */
export function CauseGroups({
  checks,
  headingLevel = 3,
  evidence = 'collapsible',
}: CauseGroupsProps) {
  const { t } = useTranslation('report');
  const Heading = `h${headingLevel}` as const;
  if (checks.length === 0) return <p className="sp-empty">{t('list.empty')}</p>;
  return (
    <div className="sp-causes">
      {groupByCause(checks).map((group) => (
        <section key={group.verdict} className={`sp-cause sp-cause--${group.status}`}>
          <Heading className="sp-cause__heading">
            <StatusMark status={group.status} />{' '}
            <span className="sp-cause__title">{t(`cause.${group.verdict}`)}</span>{' '}
            <span className="sp-cause__count">
              ({t('list.count', { count: group.checks.length })})
            </span>
          </Heading>
          <CheckList checks={group.checks} evidence={evidence} />
        </section>
      ))}
    </div>
  );
}
