import { useTranslation } from 'react-i18next';
import { RunSummary } from '../../../report-view/results';
import type { FinishSummary as Summary } from '../../model/finish-summary';
import type { Lang } from '../../../shared/lang';
import { ItRequestCopy } from '../network/ItRequestCopy';

const readyAttr = { ready: 'true', notReady: 'false', notChecked: 'unknown' } as const;

/**
 * Ready or not over both runs; while the network checks are missing, it says so instead of guessing. The
 * same RunSummary and request for IT as the report's first block (issue 15), so the two never disagree.
 */
export function FinishSummary({ summary, lang }: { summary: Summary; lang: Lang }) {
  const { t } = useTranslation('wizard');
  const { state, counts, checks } = summary;
  return (
    <section
      aria-labelledby="finish-summary-heading"
      data-testid="finish-summary"
      data-ready={readyAttr[state]}
    >
      <h2 id="finish-summary-heading">{t('finish.summaryHeading')}</h2>
      {state === 'notChecked' ? (
        <>
          <p className="summary">{t('finish.notChecked')}</p>
          <p>{t('finish.counts', counts)}</p>
        </>
      ) : (
        <RunSummary run={{ ready: state === 'ready', checks, cancelled: false }} headingLevel={3} />
      )}
      {state === 'notReady' && <p>{t('finish.notReady')}</p>}
      {state === 'notReady' && <ItRequestCopy lang={lang} />}
      {state === 'ready' && <p>{t('finish.thanks')}</p>}
    </section>
  );
}
