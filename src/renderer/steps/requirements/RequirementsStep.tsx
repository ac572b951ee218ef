import { useEffect } from 'react';
import { useAppStore } from '../../stores/use-app-store';
import { useChecksStore } from '../../stores/use-checks-store';
import { useLocalizedScope } from '../../stores/use-localized-scope';
import { RequirementsView } from './RequirementsView';

/** Runs the system checks the first time the step opens; the view only shows them. */
export function RequirementsStep() {
  const system = useChecksStore((s) => s.system);
  const start = useChecksStore((s) => s.start);
  const lang = useAppStore((s) => s.lang);
  const ensureStarted = useChecksStore((s) => s.ensureStarted);
  const shown = useLocalizedScope(system, lang);
  useEffect(() => ensureStarted('system'), [ensureStarted]);
  return <RequirementsView scope={shown} lang={lang} onRecheck={() => void start('system')} />;
}
