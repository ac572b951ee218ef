/*
 * The wizard's frame. For the e2e specs (Playwright), prefer roles and accessible names:
 *   - each step's heading: getByRole('heading', { level: 1 }) — focus moves to it on every step change
 *   - progress: getByRole('navigation', { name: '進行状況' | 'Progress' }), the current item has aria-current="step"
 *   - language: getByRole('button', { name: '日本語' | 'English' }) with aria-pressed
 *   - report: getByRole('radio', …) for the format, getByRole('checkbox', { name: '個人情報を伏せる' | 'Hide personal
 *     information' }), getByRole('textbox', { name: preview label }) holds exactly the file's text
 * data-testid, only where a role is ambiguous or language-dependent:
 *   wizard-next, wizard-back      the step navigation buttons (their names change per step and language)
 *   wizard-step                   the current step's section; its data-step attribute is the step id
 *   checks-status                 the live status sentence of the Requirements or Network step
 *   checks-recheck, checks-cancel re-check and cancel on the Requirements / Network steps
 *   host-progress                 the per-destination list; each item has data-host (the host, or the check kind
 *                                 for a row without one, e.g. bandwidth) and data-state (running|pass|warn|fail|skipped)
 *   finish-summary                the ready / not ready sentence; data-ready="true|false|unknown"
 *   report-save                   the save button (enabled once the preview is there)
 */
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { pageRefusal } from './api/get-api-client';
import { ProblemNotice } from './common/ProblemNotice';
import { RefusedPage } from './common/RefusedPage';
import { applyLang } from './i18n/renderer-i18n';
import { startWizard } from './stores/restore-wizard';
import { useAppStore } from './stores/use-app-store';
import { LanguageSwitch } from './wizard/LanguageSwitch';
import { StepFrame } from './wizard/StepFrame';
import { StepProgress } from './wizard/StepProgress';

export function App() {
  const { t } = useTranslation('wizard');
  const lang = useAppStore((s) => s.lang);
  const chooseLang = useAppStore((s) => s.chooseLang);
  const problem = useAppStore((s) => s.problem);
  // Browser mode refused this page: its reason replaces the wizard, which needs the bridge for every step.
  const refusal = problem ? pageRefusal() : undefined;

  useEffect(() => {
    void startWizard();
  }, []);

  useEffect(() => {
    applyLang(lang);
  }, [lang]);

  return (
    <div className="app">
      <header className="app-header">
        <a className="skip-link" href="#main">
          {t('app.skipToContent')}
        </a>
        <p className="app-title">
          <span className="app-name">{t('app.title')}</span>
          <span className="app-tagline">{t('app.tagline')}</span>
        </p>
        <LanguageSwitch lang={lang} onChoose={chooseLang} />
      </header>
      {refusal === undefined && <StepProgress />}
      <main id="main" className="app-main">
        {refusal !== undefined ? (
          <RefusedPage text={refusal} />
        ) : (
          <>
            {/* Without app.info the page cannot reach Session Prep at all: say so once, above every step. */}
            {problem && <ProblemNotice problem={problem} />}
            <StepFrame />
          </>
        )}
      </main>
    </div>
  );
}
