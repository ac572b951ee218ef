import type { Catalog } from '../../../shared/catalog';
import type { CheckResult } from '../../../shared/check-result';
import type { Lang } from '../../../shared/lang';
import type { ProxyResolver } from '../network/proxy-decision';

export interface BandwidthCheckOptions {
  catalog: Catalog;
  lang: Lang;
  proxy: ProxyResolver;
  extraCaPem?: string[];
  timeoutMs: number;
  signal?: AbortSignal;
  onSample?: (sample: { bytes: number; elapsedMs: number; rateKbps: number }) => void;
}

/** Placeholder until the bandwidth measurement lands (issue 3): `unmeasured`, never a pass. */
export async function runBandwidthCheck(options: BandwidthCheckOptions): Promise<CheckResult> {
  return {
    id: 'bandwidth',
    kind: 'bandwidth',
    status: 'skipped',
    verdict: 'unmeasured',
    durationMs: 0,
    message: options.lang === 'ja' ? '帯域幅の測定はまだ作られていません。' : 'The bandwidth measurement is not built yet.',
  };
}
