import { useTranslation } from 'react-i18next';
import { ProblemNotice } from '../../common/ProblemNotice';
import { FixChangeItem } from './FixChangeItem';
import { FixResults } from './FixResults';
import './fixes.css';
import { ItExport } from './ItExport';
import { useFixesStore, type FixesState } from './use-fixes-store';

/** Plan → consent → apply → before/after; undo everything; and the request for IT. */
export function FixesStep() {
  return <FixesView s={useFixesStore()} />;
}

/** The step's body from the store's state and actions (rendered as is by tests). */
export function FixesView({ s }: { s: FixesState }) {
  const { t } = useTranslation('fixes');
  const busy = s.phase === 'planning' || s.phase === 'applying' || s.phase === 'undoing';
  const plan = s.plan;
  const canApply = s.consent && s.selected.length > 0 && !busy;
  const hasNeeded = plan?.changes.some((c) => c.state === 'needed') ?? false;
  const status =
    s.phase === 'planning'
      ? t('step.planning')
      : s.phase === 'applying'
        ? t('step.applying')
        : s.phase === 'undoing'
          ? t('step.undoing')
          : plan && plan.changes.length === 0
            ? t('step.nothing')
            : '';
  return (
    <div className="fixes-step">
      <p className="lead">{t('step.intro')}</p>
      <p className="step-actions">
        <button
          type="button"
          className="button button-secondary"
          data-testid="fix-plan"
          aria-disabled={busy}
          onClick={busy ? undefined : () => void s.loadPlan()}
        >
          {plan ? t('step.again') : t('step.plan')}
        </button>
      </p>
      <p role="status" data-testid="fix-status">
        {status}
      </p>
      {s.problem && <ProblemNotice problem={s.problem} />}

      {plan && plan.changes.length > 0 && (
        <section aria-labelledby="fix-changes-heading">
          <h2 id="fix-changes-heading">{t('step.changesTitle')}</h2>
          <ul className="fix-changes" data-testid="fix-changes">
            {plan.changes.map((c) => (
              <FixChangeItem
                key={c.id}
                change={c}
                isSelected={s.selected.includes(c.id)}
                onToggle={(on) => s.toggle(c.id, on)}
              />
            ))}
          </ul>
          {hasNeeded && (
            <>
              <label className="choice">
                <input
                  type="checkbox"
                  data-testid="fix-consent"
                  checked={s.consent}
                  onChange={(e) => s.setConsent(e.currentTarget.checked)}
                />
                {t('step.consent')}
              </label>
              <p className="step-actions">
                <button
                  type="button"
                  className="button button-primary"
                  data-testid="fix-apply"
                  aria-disabled={!canApply}
                  onClick={canApply ? () => void s.apply() : undefined}
                >
                  {t('step.apply')}
                </button>
              </p>
            </>
          )}
        </section>
      )}

      {s.result && <FixResults result={s.result} />}

      {plan && (
        <section aria-labelledby="fix-journal-heading" data-testid="fix-journal">
          <h2 id="fix-journal-heading">{t('step.journalTitle')}</h2>
          {(plan.notRun ?? []).map((n) => (
            <p key={n.id} role="alert" data-testid="fix-journal-not-run">
              {n.message}
            </p>
          ))}
          {plan.journal.length === 0 ? (
            <p>{t('step.journalEmpty')}</p>
          ) : (
            <>
              <ul>
                {plan.journal.map((j) => (
                  <li key={j.id}>
                    <time dateTime={j.appliedAt}>{new Date(j.appliedAt).toLocaleString()}</time>{' '}
                    {j.title}
                  </li>
                ))}
              </ul>
              {s.isConfirmingUndo ? (
                <div role="group" aria-labelledby="fix-undo-question">
                  <p id="fix-undo-question">{t('step.undoConfirm')}</p>
                  {/* Exactly what will run, rebuilt from each entry's record (issue 14). */}
                  <p>{t('step.undoCommandsIntro')}</p>
                  <pre className="evidence-text" data-testid="fix-undo-commands" tabIndex={0}>
                    {plan.journal
                      .flatMap((j) => [
                        `# ${j.title}`,
                        ...(j.undoCommands ?? []).map((argv) => argv.join(' ')),
                        ...(j.undoScripts ?? []).flatMap((sc) =>
                          sc.split('\n').map((l) => `  | ${l}`),
                        ),
                      ])
                      .join('\n')}
                  </pre>
                  <p className="step-actions">
                    <button
                      type="button"
                      className="button button-primary"
                      data-testid="fix-undo-yes"
                      autoFocus
                      aria-disabled={busy}
                      onClick={busy ? undefined : () => void s.undoAll()}
                    >
                      {t('step.undoYes')}
                    </button>
                    <button
                      type="button"
                      className="button button-secondary"
                      onClick={() => s.askUndo(false)}
                    >
                      {t('step.undoNo')}
                    </button>
                  </p>
                </div>
              ) : (
                <p className="step-actions">
                  <button
                    type="button"
                    className="button button-secondary"
                    data-testid="fix-undo"
                    aria-disabled={busy}
                    onClick={busy ? undefined : () => s.askUndo(true)}
                  >
                    {t('step.undoAll')}
                  </button>
                </p>
              )}
            </>
          )}
        </section>
      )}

      <ItExport s={s} />
    </div>
  );
}
