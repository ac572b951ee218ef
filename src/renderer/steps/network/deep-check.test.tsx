import type { ReactNode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import { checkResultSchema, type CheckResult } from '../../../shared/check-result';
import { createI18n } from '../../../shared/i18n';
import type { Lang } from '../../../shared/lang';
import { wordVerdict } from '../../../shared/word-verdict';
import { DEEP_CHECK_SECONDS } from '../../model/deep-check';
import type { ScopeRun } from '../../stores/use-checks-store';
import { DeepCheck } from './DeepCheck';
import { NetworkView } from './NetworkView';

function render(node: ReactNode, lang: Lang = 'en'): string {
  return renderToStaticMarkup(<I18nextProvider i18n={createI18n(lang)}>{node}</I18nextProvider>);
}
const noop = () => undefined;

const host = 'assist.zoho.com';
const tls: CheckResult = checkResultSchema.parse({
  id: `tls:${host}:443`,
  kind: 'tls',
  target: { host, port: 443 },
  status: 'pass',
  verdict: 'ok',
  durationMs: 40,
  message: 'Secure connection.',
});
function idle(lang: Lang, cut: boolean): CheckResult {
  const vars = { host, port: 443, seconds: cut ? 270 : DEEP_CHECK_SECONDS };
  const w = cut
    ? wordVerdict(lang, 'idle_cut', { vars, variant: 'closed' })
    : wordVerdict(lang, 'ok', { vars, kind: 'idle' });
  return checkResultSchema.parse({
    id: `idle:${host}:443`,
    kind: 'idle',
    target: { host, port: 443 },
    status: cut ? 'fail' : 'pass',
    verdict: cut ? 'idle_cut' : 'ok',
    durationMs: cut ? 270_000 : 300_000,
    ...w,
    detail: {
      heldSeconds: DEEP_CHECK_SECONDS,
      probe: 'http',
      held: 'tls',
      ...(cut ? { cutBy: 'closed', diedAtSeconds: 270 } : {}),
    },
  });
}
function scope(checks: CheckResult[], change: Partial<ScopeRun> = {}): ScopeRun {
  return {
    runId: 'r1',
    phase: 'done',
    live: [],
    expected: null,
    run: {
      schemaVersion: 1,
      tool: { name: 'session-prep', version: '0.1.0' },
      startedAt: '2026-12-02T09:00:00.000Z',
      durationMs: 1000,
      ready: checks.every((c) => c.status !== 'fail'),
      system: {},
      checks,
    },
    problem: null,
    isCancelling: false,
    ...change,
  };
}

describe('the deep check on the Network step', () => {
  it('is offered once a quick check has passed, with its length stated (5 minutes), in ja and en', () => {
    const en = render(<DeepCheck scope={scope([tls])} onStart={noop} />);
    expect(en).toContain(
      'Deep check: also test whether connections survive 5 minutes of silence (adds about 5 minutes).',
    );
    expect(en).toContain('Start the deep check (about 5 minutes)');
    const ja = render(<DeepCheck scope={scope([tls])} onStart={noop} />, 'ja');
    expect(ja).toContain(
      '通信のない状態が 5 分続いても接続が保たれるかも確認します（約 5 分かかります）',
    );
    expect(ja).toContain('詳細チェックを開始する（約 5 分）');
  });

  it('is not offered while the quick check runs, after a cancel, or where the path is blocked', () => {
    const blocked = checkResultSchema.parse({ ...tls, status: 'fail', verdict: 'tls_untrusted' });
    expect(render(<DeepCheck scope={scope([tls], { phase: 'running' })} onStart={noop} />)).toBe(
      '',
    );
    expect(render(<DeepCheck scope={scope([blocked])} onStart={noop} />)).toBe('');
    const cancelled = scope([tls]);
    const run = cancelled.run ? { ...cancelled.run, cancelled: true } : null;
    expect(render(<DeepCheck scope={{ ...cancelled, run }} onStart={noop} />)).toBe('');
  });

  it('shows the seconds held while it runs', () => {
    const running = scope([], {
      phase: 'running',
      run: null,
      idleSeconds: DEEP_CHECK_SECONDS,
      idleHeld: { heldSeconds: 42, ofSeconds: DEEP_CHECK_SECONDS },
    });
    const en = render(<DeepCheck scope={running} onStart={noop} />);
    expect(en).toContain('connections kept open without traffic for 42 of 300 seconds.');
    expect(en).toMatch(/<progress[^>]*max="300"[^>]*value="42"/);
    const ja = render(<DeepCheck scope={running} onStart={noop} />, 'ja');
    expect(ja).toContain('通信のない状態で接続を保っています（42 / 300 秒）');
    const opening = render(
      <DeepCheck scope={{ ...running, idleHeld: undefined }} onStart={noop} />,
    );
    expect(opening).toContain('Deep check: opening the connections.');
  });

  it('after a deep check: one sentence, and an idle_cut card like any other cause', () => {
    const ok = render(
      <DeepCheck
        scope={scope([tls, idle('en', false)], { idleSeconds: DEEP_CHECK_SECONDS })}
        onStart={noop}
      />,
    );
    expect(ok).toContain('every connection still worked after 5 minutes without traffic.');
    const cut = scope([tls, idle('en', true)], { idleSeconds: DEEP_CHECK_SECONDS });
    const page = render(
      <NetworkView scope={cut} lang="en" onRecheck={noop} onCancel={noop} onDeepCheck={noop} />,
    );
    expect(page).toContain('some connections were cut while they were quiet.');
    expect(page).toContain('A connection left idle is cut on the way');
    expect(page).toContain('was closed by the far end (a proxy or firewall) after 270 s');
    expect(page).toContain('WebSocket connections alike');
  });
});
