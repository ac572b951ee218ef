import { useEffect, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemNotice } from '../../common/ProblemNotice';
import { UrlToCopy } from '../../common/UrlToCopy';
import '../join-cleanup.css';
import { useAppStore } from '../../stores/use-app-store';
import { JoinGuide } from './JoinGuide';
import { JoinPrivacy } from './JoinPrivacy';
import { useJoinStore, type JoinState } from './use-join-store';

/** Lists the windows and reads the IME setting when the step opens; the view shows the store. */
export function JoinStep() {
  const s = useJoinStore();
  const { listWindows, loadIme } = s;
  useEffect(() => {
    void listWindows();
    void loadIme();
  }, [listWindows, loadIme]);
  return <JoinView s={s} />;
}

/** Paste the link or key → see it validated with its data centre → check that data centre → privacy → open. */
export function JoinView({ s }: { s: JoinState }) {
  const { t } = useTranslation('join');
  const platform = useAppStore((a) => a.info?.platform);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    void s.validate();
  };
  const valid = s.validation?.ok ? s.validation : null;
  // Every required host failed: the session cannot connect, so the button is not offered (issue 15).
  const noneReached = s.checks.phase === 'done' && s.checks.noneReached === true;
  const canOpen = valid !== null && s.confirmed && s.open.phase !== 'running' && !noneReached;

  return (
    <div className="join-step">
      <p className="lead">{t('step.intro')}</p>
      <form className="join-form" onSubmit={submit}>
        <label htmlFor="join-input">{t('step.inputLabel')}</label>
        <div className="join-input-row">
          <input
            id="join-input"
            data-testid="join-input"
            type="text"
            inputMode="url"
            autoComplete="off"
            spellCheck={false}
            value={s.text}
            aria-describedby="join-result"
            onChange={(e) => s.setText(e.currentTarget.value)}
          />
          <button
            type="submit"
            className="button button-secondary"
            data-testid="join-validate"
            aria-disabled={s.isValidating}
          >
            {t('step.validate')}
          </button>
        </div>
      </form>
      <div
        id="join-result"
        data-testid="join-result"
        data-valid={s.validation ? String(s.validation.ok) : 'unknown'}
        role="status"
      >
        {s.validation && !s.validation.ok && (
          <p className="notice notice-problem">{s.validation.message}</p>
        )}
        {valid && (
          <div className="notice notice-ok">
            <p>{t('step.validLink')}</p>
            <p>{t('step.keyLabel', { key: valid.link.key })}</p>
            <p>
              {valid.link.dataCentre
                ? t('step.dcLabel', { dc: valid.link.dataCentre.toUpperCase() })
                : t('step.dcUnknown')}
            </p>
          </div>
        )}
      </div>

      {valid && (
        <section aria-labelledby="join-checks-heading">
          <h2 id="join-checks-heading">{t('step.checksTitle')}</h2>
          <p className="step-actions">
            <button
              type="button"
              className="button button-secondary"
              data-testid="join-checks"
              aria-disabled={s.checks.phase === 'running'}
              onClick={s.checks.phase === 'running' ? undefined : () => void s.checkHosts()}
            >
              {t('step.checkHosts')}
            </button>
          </p>
          <p
            role="status"
            data-testid="join-checks-status"
            data-ready={s.checks.ready === null ? 'unknown' : String(s.checks.ready)}
          >
            {s.checks.phase === 'running'
              ? t('step.checking')
              : s.checks.ready === true
                ? t('step.checksReady')
                : noneReached
                  ? t('step.checksNoneReached')
                  : s.checks.ready === false
                    ? t('step.checksNotReady')
                    : ''}
          </p>
          {s.checks.problem && <ProblemNotice problem={s.checks.problem} />}
        </section>
      )}

      <JoinPrivacy s={s} />

      {/* The chat problem is the Windows IME's: elsewhere the section would only confuse. */}
      {s.ime?.applicable && (
        <section aria-labelledby="join-ime-heading">
          <h2 id="join-ime-heading">{t('step.imeTitle')}</h2>
          <p data-testid="join-ime-status">{s.ime.message}</p>
          {s.ime.previousImeOn === false && (
            <p className="step-actions">
              <button
                type="button"
                className="button button-secondary"
                data-testid="join-ime-enable"
                onClick={() => void s.enableIme()}
              >
                {t('step.imeEnable')}
              </button>
            </p>
          )}
          <p>{t('step.imeWorkaround')}</p>
        </section>
      )}
      {s.imeProblem && <ProblemNotice problem={s.imeProblem} />}

      <section aria-labelledby="join-files-heading">
        <h2 id="join-files-heading">{t('step.fileTransferTitle')}</h2>
        <p>{t('step.fileTransfer')}</p>
      </section>

      <p className="step-actions">
        <button
          type="button"
          className="button button-primary"
          data-testid="join-open"
          aria-disabled={!canOpen}
          onClick={canOpen ? () => void s.openSession() : undefined}
        >
          {t('step.open')}
        </button>
      </p>
      <p role="status" data-testid="join-open-status">
        {s.open.phase === 'done' ? t('step.opened') : ''}
      </p>
      {s.open.problem &&
        (valid && (s.open.problem.code === 'failed' || s.open.problem.code === 'unsupported') ? (
          // The browser did not open: the address to copy, the OS's words for support only.
          <UrlToCopy
            message={t('step.openFailed')}
            url={valid.link.url}
            supportText={s.open.problem.issues?.map((i) => i.message).join('\n')}
          />
        ) : (
          <p className="notice notice-problem" role="alert">
            {s.open.problem.message}
          </p>
        ))}

      <JoinGuide platform={platform} />
    </div>
  );
}
