import { detailOf, type CheckResult } from '../check-result';
import { checkIds } from '../check-ids';
import { failedAttempt } from '../chromium-checks';
import { translator } from '../i18n';
import type { Lang } from '../lang';

/** A host where Chromium's stack and the app's own (Node) chain disagree, in one sentence (issue 17). */
export interface StackDisagreement {
  host: string;
  port: number;
  /** `browserOnly`: the browser reaches the host, the app does not; `appOnly`: the other way round. */
  kind: 'browserOnly' | 'appOnly';
  sentence: string;
}

type ChainState = 'reached' | 'failed' | 'unknown';

/** The app's chain to host:port: reached (TLS, and the WebSocket where it ran, passed) or failed on a step. */
function chainState(byId: Map<string, CheckResult>, host: string, port: number): ChainState {
  const tls = byId.get(checkIds.tls(host, port));
  const ws = byId.get(checkIds.websocket(host, port));
  if (tls?.status === 'pass' && (!ws || ws.status === 'pass')) return 'reached';
  const chain = [
    byId.get(checkIds.pac(host)),
    byId.get(checkIds.dns(host)),
    byId.get(checkIds.tcp(host, port)),
    tls,
    ws,
  ];
  // A chain cancelled or never run says nothing; one whose step failed (or only warned) did not reach.
  return chain.some((c) => c && (c.status === 'fail' || c.status === 'warn'))
    ? 'failed'
    : 'unknown';
}

/** Every host where the two stacks disagree, in the order of the `chromium` checks. */
export function stackDisagreements(
  checks: readonly CheckResult[],
  lang: Lang,
): StackDisagreement[] {
  const t = translator(lang);
  const byId = new Map(checks.map((c) => [c.id, c]));
  const out: StackDisagreement[] = [];
  for (const c of checks) {
    const d = detailOf(c, 'chromium');
    const host = c.target?.host;
    const port = c.target?.port;
    if (!d || host === undefined || port === undefined) continue;
    const app = chainState(byId, host, port);
    const failed = failedAttempt(d);
    if (failed === undefined && app === 'failed') {
      const proxy = detailOf(byId.get(checkIds.tcp(host, port)), 'tcp')?.proxy;
      out.push({
        host,
        port,
        kind: 'browserOnly',
        sentence: proxy
          ? t('verdicts:chromium.browserOnlyProxy', { host, port, proxy })
          : t('verdicts:chromium.browserOnlyDirect', { host, port }),
      });
    } else if (failed !== undefined && app === 'reached') {
      out.push({
        host,
        port,
        kind: 'appOnly',
        sentence: t('verdicts:chromium.appOnly', { host, port }),
      });
    }
  }
  return out;
}
