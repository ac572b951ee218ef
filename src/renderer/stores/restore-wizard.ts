import { stepIds, type StepId } from '../model/wizard-steps';
import { getApiClient } from '../api/get-api-client';
import { useAppStore } from './use-app-store';
import { useChecksStore } from './use-checks-store';
import { useWizardStore } from './use-wizard-store';

const isStepId = (step: string | null): step is StepId =>
  step !== null && (stepIds as readonly string[]).includes(step);

let isRemembering = false;

/**
 * Starts the wizard where the customer was (issue 15): core keeps the step, the language choice and the
 * runs, so a reload (or the printed address reopened in the same tab) does not go back to Welcome and
 * lose the results. A run still going is followed, not started again. Then every step change and
 * language choice is told to core.
 */
export async function startWizard(): Promise<void> {
  await useAppStore.getState().load();
  if (useAppStore.getState().problem) return;
  const reply = await getApiClient().call('wizard.state', {});
  if (reply.ok) {
    const state = reply.value;
    const app = useAppStore.getState();
    if (state.lang && !app.hasChosenLang) app.chooseLang(state.lang);
    const checks = useChecksStore.getState();
    // Runs first, so the restored step finds them and does not start its checks again.
    const adopted = [
      state.system ? checks.adopt('system', state.system) : undefined,
      state.network ? checks.adopt('network', state.network) : undefined,
    ];
    if (isStepId(state.step)) {
      const at = stepIds.indexOf(state.step);
      useWizardStore.setState({ current: state.step, reached: stepIds.slice(0, at + 1) });
    }
    void Promise.all(adopted);
  }
  rememberFromNowOn();
}

function rememberFromNowOn(): void {
  if (isRemembering) return;
  isRemembering = true;
  const remember = (p: { step?: StepId; lang?: 'ja' | 'en' }) =>
    void getApiClient().call('wizard.remember', p);
  remember({ step: useWizardStore.getState().current });
  useWizardStore.subscribe((s, before) => {
    if (s.current !== before.current) remember({ step: s.current });
  });
  useAppStore.subscribe((s, before) => {
    if (s.hasChosenLang && (s.lang !== before.lang || !before.hasChosenLang))
      remember({ lang: s.lang });
  });
}
