import { create } from 'zustand';
import { nextStep, previousStep, type StepId } from '../model/wizard-steps';

interface WizardState {
  current: StepId;
  /** Steps the user has reached, so the progress list can mark them done. */
  reached: readonly StepId[];
  next(): void;
  back(): void;
  goTo(step: StepId): void;
}

export const useWizardStore = create<WizardState>()((set, get) => ({
  current: 'welcome',
  reached: ['welcome'],
  next() {
    const step = nextStep(get().current);
    if (step) get().goTo(step);
  },
  back() {
    const step = previousStep(get().current);
    if (step) get().goTo(step);
  },
  goTo(step) {
    const { reached } = get();
    set({ current: step, reached: reached.includes(step) ? reached : [...reached, step] });
  },
}));
