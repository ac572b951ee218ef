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
              {t('network.hostSteps', { done: h.done, total: h.total })}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
