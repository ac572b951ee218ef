// Automatic JSX even where no tsconfig applies: the CLI renders the report with tsx/esbuild.
/** @jsxRuntime automatic */
import { useTranslation } from 'react-i18next';
import type { CheckResult } from '../../shared/check-result';
import type { Lang } from '../../shared/lang';
import { causeView } from '../../shared/results/cause-view';
import { revealHiddenChars } from '../../shared/results/reveal-hidden-chars';
import { CheckList } from '../results/CheckList';
import { StatusMark } from '../results/StatusMark';

/**
 * One section per cause (issue 15): its hosts once, its fix once, how many checks it kept from running,
 * and what each check saw only inside a "for support" disclosure.
 */
export function ReportCauses({ checks, lang }: { checks: readonly CheckResult[]; lang: Lang }) {
  const { t } = useTranslation('report');
  const { cards } = causeView(checks, lang);
  return (
    <section className="report__section" aria-labelledby="causes" data-testid="report-causes">
      <h2 id="causes">{t('layout.causes')}</h2>
      {cards.length === 0 && <p>{t('layout.noneFailed')}</p>}
      {cards.map((card) => (
        <section
          key={card.verdict}
          className={`sp-cause sp-cause--${card.status}`}
          data-testid="report-cause"
          data-verdict={card.verdict}
        >
          <h3 className="sp-cause__heading">
            <StatusMark status={card.status} />{' '}
            <span className="sp-cause__title">{t(`cause.${card.verdict}`)}</span>
          </h3>
          {card.hosts.length > 0 && (
            <p className="report__hosts">
              {t('layout.hosts', {
                count: card.hosts.length,
                hosts: card.hosts.map(revealHiddenChars).join(', '),
              })}
            </p>
          )}
          {card.fix && (
            <p className="sp-check__fix">
              <strong>{t('list.whatToDo')}:</strong> {revealHiddenChars(card.fix)}
            </p>
          )}
          {card.skipped.length > 0 && <p>{t('layout.notRun', { count: card.skipped.length })}</p>}
          <details className="sp-check__details">
            <summary>{t('layout.forSupport')}</summary>
            <CheckList checks={card.checks} evidence="open" />
          </details>
        </section>
      ))}
    </section>
  );
}
