import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { getApiClient } from '../../api/get-api-client';
import { ProblemNotice } from '../../common/ProblemNotice';
import { useCopyText } from '../../common/use-copy-text';
import type { Lang } from '../../../shared/lang';
import type { Problem } from '../../../shared/reply';

/** The request for IT (core's plain-text allowlist), one button away from the Network step's answer. */
export function ItRequestCopy({ lang }: { lang: Lang }) {
  const { t } = useTranslation('wizard');
  const { state, copy } = useCopyText();
  const [text, setText] = useState<string | null>(null);
  const [problem, setProblem] = useState<Problem | null>(null);
  const onCopy = async () => {
    const reply = await getApiClient().call('allowlist.get', { format: 'text', lang });
    if (!reply.ok) return setProblem(reply.problem);
    setProblem(null);
    setText(reply.value.content);
    await copy(reply.value.content);
  };
  // A language switch re-words the text already shown (core words it from the same run in the new language).
  const shownLang = useRef(lang);
  useEffect(() => {
    if (shownLang.current === lang) return;
    shownLang.current = lang;
    if (text === null) return;
    let isCurrent = true;
    void getApiClient()
      .call('allowlist.get', { format: 'text', lang })
      .then((reply) => {
        if (isCurrent && reply.ok) setText(reply.value.content);
      });
    return () => {
      isCurrent = false;
    };
  }, [lang, text]);
  return (
    <div className="it-copy">
      <p>{t('network.answerItHint')}</p>
      <p className="step-actions">
        <button
          type="button"
          className="button button-secondary"
          data-testid="network-it-copy"
          onClick={() => void onCopy()}
        >
          {t('network.copyIt')}
        </button>
      </p>
      <p role="status" data-testid="network-it-status">
        {state === 'copied'
          ? t('network.copied')
          : state === 'failed'
            ? t('network.copyFailed')
            : ''}
      </p>
      {problem && <ProblemNotice problem={problem} />}
      {text !== null && (
        <details className="disclosure" open={state === 'failed'}>
          <summary>{t('network.showItText')}</summary>
          <pre className="evidence-text" data-testid="network-it-text" tabIndex={0}>
            {text}
          </pre>
        </details>
      )}
    </div>
  );
}
