import { useTranslation } from 'react-i18next';
import { CheckList, StatusMark } from '../../../report-view/results';
import { revealHiddenChars } from '../../../shared/results/reveal-hidden-chars';
import type { CauseView } from '../../model/cause-cards';

/**
 * One card per cause: the cause, the hosts it hits, its fix once, how many checks it kept from running, and
 * the evidence folded away for the engineer. Skipped checks without a cause are one line per reason.
 */
export function CauseCards({ view }: { view: CauseView }) {
  const { t } = useTranslation('wizard');
  const { t: tReport } = useTranslation('report');
  return (
    <div className="cause-cards" data-testid="cause-cards">
      {view.cards.map((card) => (
        <section
          key={card.verdict}
          className={`cause-card cause-card--${card.status}`}
          data-testid="cause-card"
          data-verdict={card.verdict}
        >
          <h3 className="cause-card__heading">
            <StatusMark status={card.status} /> {tReport(`cause.${card.verdict}`)}
          </h3>
          {card.hosts.length > 0 && (
            <p className="cause-card__hosts">
              <span>{t('network.cardHosts', { count: card.hosts.length })}: </span>
              {card.hosts.map((h, i) => (
                <span key={h}>
                  {i > 0 && '、'}
                  <bdi className="host-name">{revealHiddenChars(h)}</bdi>
                </span>
              ))}
            </p>
          )}
          {card.fix && (
            <p className="cause-card__fix">
              <strong>{tReport('list.whatToDo')}:</strong> {revealHiddenChars(card.fix)}
            </p>
          )}
          {card.skipped.length > 0 && (
            <p className="cause-card__skipped">
              {t('network.cardSkipped', { count: card.skipped.length })}
            </p>
          )}
          <details className="disclosure">
            <summary>{t('network.cardEvidence')}</summary>
            <CheckList checks={[...card.checks, ...card.skipped]} evidence="open" />
          </details>
        </section>
      ))}
      {view.otherSkipped.length > 0 && (
        <ul className="skipped-lines" data-testid="skipped-lines">
          {view.otherSkipped.map((line) => (
            <li key={line.checks[0]?.id}>
              {t('network.otherSkipped', {
                count: line.checks.length,
                message: revealHiddenChars(line.message),
              })}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
