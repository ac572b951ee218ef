import { useTranslation } from 'react-i18next';
import { StatusLabel } from '../../common/StatusLabel';
import type { HostProgress } from '../../model/check-progress';

/** One line per destination while the checks run: which host, how far, and how it stands. */
export function HostProgressList({ hosts }: { hosts: readonly HostProgress[] }) {
  const { t } = useTranslation(['wizard', 'report']);
  return (
    <section aria-labelledby="host-progress-heading">
      <h2 id="host-progress-heading">{t('network.hostsHeading')}</h2>
      <ul className="host-list" data-testid="host-progress">
        {hosts.map((h) => (
          <li
            key={h.host ?? h.kind}
            className="host-row"
            data-host={h.host ?? h.kind}
            data-state={h.state}
          >
            {h.host === null ? (
              <span>{t(`report:kind.${h.kind}`)}</span>
            ) : (
              <span className="host-name">{h.host}</span>
            )}
            <StatusLabel state={h.state} />
            <span className="host-count">
              {h.done < h.total
                ? t('network.hostSteps', { done: h.done, total: h.total })
                : h.skipped === 0
                  ? t('network.hostRan', { ran: h.ran })
                  : t('network.hostRanSkipped', { ran: h.ran, skipped: h.skipped })}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
