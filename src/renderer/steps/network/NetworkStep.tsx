import { useEffect } from 'react';
import { useAppStore } from '../../stores/use-app-store';
import { useChecksStore } from '../../stores/use-checks-store';
import { DEEP_CHECK_SECONDS } from '../../model/deep-check';
import { useLocalizedScope } from '../../stores/use-localized-scope';
import { NetworkView } from './NetworkView';

/** Runs every check the first time the step opens; re-check and cancel go back to the store. */
export function NetworkStep() {
  const network = useChecksStore((s) => s.network);
  const start = useChecksStore((s) => s.start);
  const cancel = useChecksStore((s) => s.cancel);
  const ensureStarted = useChecksStore((s) => s.ensureStarted);
  const vendorName = useAppStore((s) => s.info?.catalog.name);
  const lang = useAppStore((s) => s.lang);
  const shown = useLocalizedScope(network, lang);
  useEffect(() => ensureStarted('network'), [ensureStarted]);
  return (
    <NetworkView
      scope={shown}
      lang={lang}
      vendorName={vendorName}
      onRecheck={() => void start('network')}
      onCancel={() => void cancel('network')}
      onDeepCheck={() => void start('network', { idleSeconds: DEEP_CHECK_SECONDS })}
    />
  );
}
