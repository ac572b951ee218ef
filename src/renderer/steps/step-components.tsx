import type { ComponentType } from 'react';
import type { StepId } from '../model/wizard-steps';
import { CleanupStep } from './cleanup/CleanupStep';
import { FinishStep } from './finish/FinishStep';
import { FixesStep } from './fixes/FixesStep';
import { JoinStep } from './join/JoinStep';
import { NetworkStep } from './network/NetworkStep';
import { RequirementsStep } from './requirements/RequirementsStep';
import { WelcomeStep } from './welcome/WelcomeStep';

/**
 * The body of each step. Every body takes no props and reads its own stores, so the fixes, join and
 * cleanup areas plug their components in here; the frame gives them the h1 and back/next.
 */
export const stepComponents: Record<StepId, ComponentType> = {
  welcome: WelcomeStep,
  requirements: RequirementsStep,
  network: NetworkStep,
  fixes: FixesStep,
  join: JoinStep,
  cleanup: CleanupStep,
  finish: FinishStep,
};
