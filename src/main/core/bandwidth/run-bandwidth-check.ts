import type { Catalog } from '../../../shared/catalog';
import type { CheckResult } from '../../../shared/check-result';
import { checkIds } from '../../../shared/check-ids';
import type { BandwidthDetail } from '../../../shared/details';
import { translator, type Translate } from '../../../shared/i18n';
import type { Lang } from '../../../shared/lang';
import type { ProxyResolver } from '../proxy/proxy-decision';
import { redactUrl } from '../proxy/proxy-url';
import { judgeRate, linkRateKbps, payloadThresholdsKbps } from './bandwidth-verdict';
import { openDownload, type DownloadFailure } from './open-download';
import { RateEstimator, type RateEstimatorOptions, type StopReason } from './rate-estimator';
import { loadTrust } from '../network/trust-store';
import { wordBoth } from '../checks/word-both';
import type { OsRoots } from '../network/os-trust-store';

export interface BandwidthCheckOptions {
  catalog: Catalog;
  lang: Lang;
  proxy: ProxyResolver;
  extraCaPem?: string[];
  /** Where SESSION_PREP_PUBLIC_ROOTS comes from; the download trusts what the TLS checks trust. */
  env?: NodeJS.ProcessEnv;
  publicRootsPem?: string[];
  osRoots?: OsRoots;
  timeoutMs: number;
  signal?: AbortSignal;
  onSample?: (sample: { bytes: number; elapsedMs: number; rateKbps: number }) => void;
  /** Tuning of the estimator (rate-estimator.ts); the defaults decide 128 kbit/s within 3 s. */
  estimator?: Partial<RateEstimatorOptions>;
}

const SAMPLE_EVERY_MS = 200;

/** Downloads the catalog's bandwidth file until the rate is stable, and judges it against the catalog's figures. */
export async function runBandwidthCheck(options: BandwidthCheckOptions): Promise<CheckResult> {
  const started = performance.now();
  const url = new URL(options.catalog.bandwidth.url);
  const host = url.hostname;
  const limits = options.catalog.requirements.bandwidthKbps;
  const base = {
    id: checkIds.bandwidth,
    kind: 'bandwidth' as const,
    target: { host, port: url.port ? Number(url.port) : url.protocol === 'https:' ? 443 : 80 },
  };
  const durationMs = () => Math.round(performance.now() - started);
  const unmeasured = (failure: Unmeasured): CheckResult => {
    if (failure.reason === 'cancelled') {
      return {
        ...base,
        status: 'skipped',
        verdict: 'cancelled',
        durationMs: durationMs(),
        ...wordBoth(options.lang, (lang) => ({
          message: translator(lang)('verdicts:cancelled.message'),
        })),
        detail: failure.detail,
      };
    }
    return {
      ...base,
      status: 'warn',
      verdict: 'unmeasured',
      durationMs: durationMs(),
      ...wordBoth(options.lang, (lang) => {
        const tl = translator(lang);
        const reason = reasonText(tl, failure, host, options.timeoutMs / 1000);
        return {
          message: tl('verdicts:unmeasured.message', { reason }),
          fix: tl('verdicts:unmeasured.fix'),
        };
      }),
      detail: {
        url: redactUrl(url) + url.pathname,
        reason: failure.reason,
        ...failureVars(failure),
        ...failure.detail,
      },
    };
  };

  const newEstimator = () => new RateEstimator(options.estimator, payloadThresholdsKbps(limits));
  let estimator = newEstimator();
  // Counting stops when the measurement does; the opener starts it when the request goes out (the
  // answer's first bytes are the file's: waiting for the head lost a second at 128 kbit/s, the time the
  // first 16 KB TLS record takes).
  let isCounting = true;
  let onBytes: (now: number) => void = () => undefined;
  const trust =
    url.protocol === 'https:'
      ? await loadTrust({
          env: options.env ?? {},
          ...(options.extraCaPem ? { extraCaPem: options.extraCaPem } : {}),
          ...(options.publicRootsPem ? { publicRootsPem: options.publicRootsPem } : {}),
          ...(options.osRoots ? { osRoots: options.osRoots } : {}),
        })
      : undefined;
  const start = await openDownload({
    url,
    proxy: options.proxy,
    ...(trust ? { secureContext: trust.context } : {}),
    timeoutMs: options.timeoutMs,
    signal: options.signal,
    onRestart: () => {
      estimator = newEstimator();
    },
    onWireBytes: (n) => {
      if (!isCounting) return;
      const now = performance.now();
      estimator.add(now, n);
      onBytes(now);
    },
  });
  if (!start.ok) return unmeasured(start.failure);

  const measured = await new Promise<{ stop: StopReason | 'complete' | 'stalled' | 'cancelled' }>(
    (resolve) => {
      const { stream } = start;
      let lastSampleMs = 0;
      let lastDataMs = performance.now();
      let done = false;
      const finish = (stop: StopReason | 'complete' | 'stalled' | 'cancelled') => {
        if (done) return;
        done = true;
        isCounting = false;
        clearInterval(watchdog);
        options.signal?.removeEventListener('abort', onAbort);
        stream.destroy();
        resolve({ stop });
      };
      const onAbort = () => finish('cancelled');
      options.signal?.addEventListener('abort', onAbort, { once: true });
      // A line that stops delivering must not hold the check beyond one step's limit.
      const watchdog = setInterval(() => {
        const now = performance.now();
        if (now - lastDataMs > options.timeoutMs) finish('stalled');
        else {
          const reason = estimator.stopReason(now);
          if (reason) finish(reason);
        }
      }, 50);
      onBytes = (now) => {
        lastDataMs = now;
        if (now - lastSampleMs >= SAMPLE_EVERY_MS) {
          lastSampleMs = now;
          const payload = estimator.reading()?.kbps ?? estimator.overallKbps();
          options.onSample?.({
            bytes: estimator.bytes,
            elapsedMs: Math.round(estimator.elapsedMs(now)),
            rateKbps: Math.round(linkRateKbps(payload)),
          });
        }
        const reason = estimator.stopReason(now);
        if (reason) finish(reason);
      };
      stream.on('data', () => undefined);
      stream.on('end', () => finish('complete'));
      stream.on('error', () => finish('stalled'));
      stream.resume();
    },
  );
  if (measured.stop === 'cancelled') return unmeasured({ reason: 'cancelled', detail: {} });

  const now = performance.now();
  // A file that ended (or a line that stalled) before a run formed: everything since the first byte, a lower bound.
  const reading = estimator.reading();
  const payloadKbps = reading?.kbps ?? estimator.overallKbps();
  // The one figure: the link rate, in whole kbit/s, is what the message shows and what is judged.
  const rateKbps = Math.round(linkRateKbps(payloadKbps));
  const elapsedMs = Math.round(estimator.elapsedMs(now));
  if (estimator.bytes === 0 || rateKbps <= 0) {
    return unmeasured({
      reason: 'tooLittle',
      bytes: estimator.bytes,
      seconds: Math.round(elapsedMs / 100) / 10,
      detail: { stop: measured.stop },
    });
  }
  const { verdict, status } = judgeRate(rateKbps, limits);
  const vars = { rateKbps, min: limits.min, recommended: limits.recommended };
  return {
    ...base,
    status,
    verdict,
    durationMs: durationMs(),
    ...wordBoth(options.lang, (lang) => {
      const tl = translator(lang);
      if (verdict === 'ok') return { message: tl('verdicts:ok.bandwidth', vars) };
      return {
        message: tl(`verdicts:${verdict}.message`, vars),
        fix: tl(`verdicts:${verdict}.fix`),
      };
    }),
    detail: {
      rateKbps,
      linkRateKbps: rateKbps,
      payloadKbps: Math.round(payloadKbps),
      minKbps: limits.min,
      recommendedKbps: limits.recommended,
      // The bytes and the time the figure comes from (bytes × 8 ÷ ms = payloadKbps), then everything.
      bytes: reading?.bytes ?? estimator.bytes,
      measuredMs: Math.round(reading?.ms ?? elapsedMs),
      totalBytes: estimator.bytes,
      totalMs: elapsedMs,
      stoppedBecause: measured.stop,
      isLowerBound: reading === undefined,
      url: url.origin + url.pathname,
      via: start.via ?? 'direct',
    },
  };
}

/** What a failure's sentence says (its status or code, the bytes that came): kept in the detail too. */
type FailureVars = Pick<BandwidthDetail, 'status' | 'code' | 'bytes' | 'seconds'>;

/** Why no speed could be measured: a failure of the download, or too little data to judge. */
type Unmeasured =
  | DownloadFailure
  | { reason: 'tooLittle'; bytes: number; seconds: number; detail: BandwidthDetail };

/** The `unmeasured` message's {{reason}}: each reason with exactly the figures its sentence names. */
function reasonText(
  t: Translate,
  f: Exclude<Unmeasured, { reason: 'cancelled' }>,
  host: string,
  timeoutSeconds: number,
): string {
  switch (f.reason) {
    case 'pac':
      return t('verdicts:bandwidth.reason.pac');
    case 'proxy':
      return t('verdicts:bandwidth.reason.proxy', { host, status: f.status });
    case 'connect':
      return t('verdicts:bandwidth.reason.connect', { host, code: f.code });
    case 'http':
      return t('verdicts:bandwidth.reason.http', { host, status: f.status });
    case 'timeout':
      return t('verdicts:bandwidth.reason.timeout', { host, seconds: timeoutSeconds });
    case 'tooLittle':
      return t('verdicts:bandwidth.reason.tooLittle', { host, bytes: f.bytes, seconds: f.seconds });
  }
}

/** The figures of a failure that its `detail` keeps. */
function failureVars(f: Unmeasured): FailureVars {
  switch (f.reason) {
    case 'http':
    case 'proxy':
      return { status: f.status };
    case 'connect':
      return { code: f.code };
    case 'tooLittle':
      return { bytes: f.bytes, seconds: f.seconds };
    case 'pac':
    case 'timeout':
    case 'cancelled':
      return {};
  }
}
