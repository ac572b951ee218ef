import { describe, expect, it } from 'vitest';
import { nextStep, previousStep, stepIds, stepIndex } from './wizard-steps';

describe('wizard steps', () => {
  it('walks forward through every step exactly once and stops at the end', () => {
    const seen: string[] = [];
    for (let id: (typeof stepIds)[number] | null = 'welcome'; id; id = nextStep(id)) seen.push(id);
    expect(seen).toEqual([...stepIds]);
    expect(nextStep('finish')).toBeNull();
  });

  it('walks back to the start and no further', () => {
    expect(previousStep('requirements')).toBe('welcome');
    expect(previousStep('finish')).toBe('cleanup');
    expect(previousStep('welcome')).toBeNull();
    expect(stepIndex('network')).toBe(2);
  });
});
