import { useEffect } from 'react';
import { useChecksStore } from '../../stores/use-checks-store';
import { RequirementsView } from './RequirementsView';

/** Runs the system checks the first time the step opens; the view only shows them. */
export function RequirementsStep() {
  const system = useChecksStore((s) => s.system);
  const start = useChecksStore((s) => s.start);
  const ensureStarted = useChecksStore((s) => s.ensureStarted);
  useEffect(() => ensureStarted('system'), [ensureStarted]);
  return <RequirementsView scope={system} onRecheck={() => void start('system')} />;
}
