import { describe, expect, it } from 'vitest';
import { checkResultOf, type CheckResult } from './check-result';
import { chromiumChecksOf, chromiumTargetsOf, unknownTargets } from './chromium-checks';
import type { ChromiumProbeResult, ChromiumTarget } from './details/chromium-detail';
import { stackDisagreements } from './results/stack-disagreement';

// Outcomes as Debian's Chromium 156 reported them from the wizard's page in the PAC lab
// (e2e/chromium-pac-lab.spec.ts), verbatim.
const GATEWAY = 'gateway.zohoassist-com.lab.test';
const WEB = 'assist.zoho-com.lab.test';
const throughProxy: ChromiumProbeResult = {
  host: WEB,
  port: 443,
  fetch: { url: `https://${WEB}/`, outcome: 'opaque', ms: 122 },
};
const wssDirectDropped: ChromiumProbeResult = {
  host: GATEWAY,
  port: 443,
  fetch: { url: `https://${GATEWAY}/`, outcome: 'opaque', ms: 114 },
  websocket: { url: `wss://${GATEWAY}/w_socket`, outcome: 'timeout', ms: 5007 },
};
const untrusted: ChromiumProbeResult = {
  host: GATEWAY,
  port: 443,
  fetch: {
    url: `https://${GATEWAY}/`,
    outcome: 'error',
    errorName: 'TypeError',
    errorMessage: 'Failed to fetch',
    ms: 56,
  },
  websocket: { url: `wss://${GATEWAY}/w_socket`, outcome: 'closed', closeCode: 1006, ms: 94 },
};
const wsOpen: ChromiumProbeResult = {
  host: GATEWAY,
  port: 443,
  fetch: { url: `https://${GATEWAY}/`, outcome: 'opaque', ms: 107 },
  websocket: { url: `wss://${GATEWAY}/w_socket`, outcome: 'open', ms: 37 },
};
const targets: ChromiumTarget[] = [
  { host: WEB, port: 443, required: true },
  { host: GATEWAY, port: 443, websocketPath: '/w_socket', required: true },
];

const checksOf = (results: ChromiumProbeResult[], lang: 'en' | 'ja' = 'en') =>
  chromiumChecksOf({ results, stack: 'browser-page', targets, lang });

describe('chromium checks from the browser page', () => {
  it('an opaque answer is a pass; with the WebSocket open, the message says so', () => {
    const [web, gateway] = checksOf([throughProxy, wsOpen]);
    expect(web).toMatchObject({
      id: `chromium:${WEB}:443`,
      kind: 'chromium',
      status: 'pass',
      verdict: 'ok',
      required: true,
      durationMs: 122,
      detail: { stack: 'browser-page', fetch: { outcome: 'opaque' } },
    });
    expect(web?.message).toBe(
      `This browser reached ${WEB}:443 with its own proxy and certificate settings (TLS and HTTP answered).`,
    );
    expect(gateway?.message).toContain('and the WebSocket opened');
    expect(gateway?.fix).toBeUndefined();
  });

  it('a WebSocket that never opened fails the host, in the WebSocket wording; the time limit in detail', () => {
    const [gateway] = checksOf([wssDirectDropped]);
    expect(gateway).toMatchObject({ status: 'warn', verdict: 'chromium_failed', durationMs: 5121 });
    expect(gateway?.message).toBe(
      `This browser reached ${GATEWAY}:443, but its WebSocket there did not open.`,
    );
    expect(gateway?.detail).toMatchObject({ websocket: { outcome: 'timeout' } });
    expect(gateway?.fix).toContain('join with the app');
  });

  it("keeps the browser's own words in detail, not in the sentence: the error's name and message", () => {
    const [gateway] = checksOf([untrusted]);
    expect(gateway?.message).toBe(`This browser could not reach ${GATEWAY}:443.`);
    expect(gateway?.detail).toEqual({
      stack: 'browser-page',
      fetch: untrusted.fetch,
      websocket: untrusted.websocket,
    });
    const ja = checksOf([untrusted], 'ja')[0];
    expect(ja?.message).toBe(`このブラウザーは ${GATEWAY}:443 に接続できませんでした。`);
    expect(ja?.fix).toMatch(/ください。$/);
  });

  it('a WebSocket closed before opening keeps its code in detail', () => {
    const [gateway] = checksOf([{ ...untrusted, fetch: wsOpen.fetch }]);
    expect(gateway?.message).toBe(
      `This browser reached ${GATEWAY}:443, but its WebSocket there did not open.`,
    );
    expect(gateway?.detail).toMatchObject({ websocket: { outcome: 'closed', closeCode: 1006 } });
  });

  it('the Electron session words its own stack and keeps net::ERR_ as given', () => {
    const [web] = chromiumChecksOf({
      results: [
        {
          host: WEB,
          port: 443,
          fetch: {
            url: `https://${WEB}/`,
            outcome: 'error',
            errorName: 'Error',
            errorMessage: 'net::ERR_PROXY_CONNECTION_FAILED',
            ms: 12,
          },
          proxy: { https: 'PROXY 10.50.1.1:3129', wss: 'DIRECT' },
        },
      ],
      stack: 'electron-session',
      targets,
      lang: 'en',
    });
    expect(web?.message).toBe(`The app's Chromium could not reach ${WEB}:443.`);
    expect(web?.detail).toMatchObject({
      fetch: { errorMessage: 'net::ERR_PROXY_CONNECTION_FAILED' },
    });
    expect(web?.detail).toMatchObject({
      stack: 'electron-session',
      proxy: { https: 'PROXY 10.50.1.1:3129', wss: 'DIRECT' },
    });
  });

  it('only targets become checks; a result for another host is named', () => {
    expect(checksOf([{ ...throughProxy, host: 'evil.example' }])).toEqual([]);
    expect(unknownTargets([{ host: 'evil.example', port: 443 }, throughProxy], targets)).toEqual([
      'evil.example:443',
    ]);
  });
});

const chainCheck = (
  kind: 'tcp' | 'tls' | 'websocket',
  host: string,
  status: 'pass' | 'fail' | 'skipped',
  detail?: { proxy: string },
): CheckResult =>
  checkResultOf({
    id: `${kind}:${host}:443`,
    kind,
    target: { host, port: 443 },
    status,
    verdict: status === 'pass' ? 'ok' : status === 'fail' ? 'tcp_timeout' : 'skipped',
    durationMs: 1,
    message: '',
    required: true,
    ...(kind === 'tcp' && detail ? { detail } : {}),
  });

describe('the run says where the two stacks disagree', () => {
  it('browser through, app dropped going direct: the agent needs the proxy setting', () => {
    const checks = [
      chainCheck('tcp', WEB, 'fail'),
      chainCheck('tls', WEB, 'skipped'),
      ...checksOf([throughProxy]),
    ];
    expect(stackDisagreements(checks, 'en')).toEqual([
      {
        host: WEB,
        port: 443,
        kind: 'browserOnly',
        sentence: `The browser reaches ${WEB}:443 through its own proxy setting (or automatic proxy setup script); the app's connections go direct and are dropped: the agent needs the proxy setting.`,
      },
    ]);
    expect(stackDisagreements(checks, 'ja')[0]?.sentence).toMatch(/必要があります。$/);
  });

  it("the app's own proxy fails where the browser's way works: named", () => {
    const checks = [
      chainCheck('tcp', WEB, 'fail', { proxy: 'http://10.50.1.1:3128' }),
      ...checksOf([throughProxy]),
    ];
    expect(stackDisagreements(checks, 'en')[0]?.sentence).toContain(
      "the app's connections through http://10.50.1.1:3128 fail",
    );
  });

  it('app through, browser refused: joining from the browser will fail, the app will work', () => {
    const checks = [
      chainCheck('tcp', GATEWAY, 'pass'),
      chainCheck('tls', GATEWAY, 'pass'),
      chainCheck('websocket', GATEWAY, 'pass'),
      ...checksOf([untrusted]),
    ];
    const [d] = stackDisagreements(checks, 'en');
    expect(d?.kind).toBe('appOnly');
    expect(d?.sentence).toBe(
      `The app reaches ${GATEWAY}:443, but the browser does not: the browser's proxy setting, its automatic proxy setup script or its certificate check blocks it. Joining from the browser will fail; the app will work.`,
    );
    expect(stackDisagreements(checks, 'ja')[0]?.sentence).toContain(
      'ブラウザーからの参加は失敗しますが、アプリからは参加できます。',
    );
  });

  it('agreement says nothing: both through, or both failing', () => {
    const both = [chainCheck('tls', WEB, 'pass'), ...checksOf([throughProxy])];
    expect(stackDisagreements(both, 'en')).toEqual([]);
    const neither = [chainCheck('tcp', GATEWAY, 'fail'), ...checksOf([untrusted])];
    expect(stackDisagreements(neither, 'en')).toEqual([]);
  });

  it("the targets are the app chain's own: its required TLS checks, with the catalog's WebSocket path", () => {
    const optional = { ...chainCheck('tls', 'css.example', 'pass'), required: false };
    expect(
      chromiumTargetsOf(
        [chainCheck('tcp', WEB, 'pass'), chainCheck('tls', GATEWAY, 'skipped'), optional],
        (h) => (h === GATEWAY ? '/w_socket' : undefined),
      ),
    ).toEqual([{ host: GATEWAY, port: 443, websocketPath: '/w_socket', required: true }]);
  });
});
