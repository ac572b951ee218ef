/** The wizard's steps, in order. The ids double as i18n keys (`wizard:steps.<id>`, `wizard:titles.<id>`). */
export const stepIds = [
  'welcome',
  'requirements',
  'network',
  'fixes',
  'join',
  'cleanup',
  'finish',
] as const;
export type StepId = (typeof stepIds)[number];

export function stepIndex(id: StepId): number {
  return stepIds.indexOf(id);
}

/** The step after `id`, or null on the last one. */
export function nextStep(id: StepId): StepId | null {
  return stepIds[stepIndex(id) + 1] ?? null;
}

/** The step before `id`, or null on the first one. */
export function previousStep(id: StepId): StepId | null {
  const index = stepIndex(id);
  return index > 0 ? (stepIds[index - 1] ?? null) : null;
}

/** Steps whose body has its own primary button (join: "join the session"); there "next" steps back to secondary. */
export function hasOwnPrimaryAction(id: StepId): boolean {
  return id === 'join';
}
