import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { ProgressLine } from './progress-line';

function line(lang: 'en' | 'ja') {
  const out = new PassThrough();
  let text = '';
  out.on('data', (d: Buffer) => (text += d.toString()));
  // Only the row last written counts: each update starts with carriage return + erase line.
  return { p: new ProgressLine(out, lang, 120), last: () => text.split('\r\x1b[2K').at(-1) };
}

const started = (id: string) => ({
  type: 'check.started' as const,
  runId: 'r',
  id,
  kind: 'idle' as const,
});
const tick = (held: number) => ({
  type: 'idle.progress' as const,
  runId: 'r',
  checkId: 'idle:a.test:443',
  heldSeconds: held,
  ofSeconds: 30,
});

describe('ProgressLine with the idle test', () => {
  it('shows the seconds held while an idle check runs', () => {
    const { p, last } = line('en');
    p.update(started('idle:a.test:443'));
    expect(last()).toBe('Checking… 0/1 done, 0 failed  idle:a.test:443');
    p.update(tick(12));
    expect(last()).toBe('Checking… 0/1 done, 0 failed  connections held idle: 12 of 30 s');
  });

  it('in Japanese too', () => {
    const { p, last } = line('ja');
    p.update(started('idle:a.test:443'));
    p.update(tick(5));
    expect(last()).toBe('確認中… 0/1 件完了、0 件失敗  無通信のまま接続を保っています: 5 / 30 秒');
  });

  it('goes back to the running check once no idle check is left', () => {
    const { p, last } = line('en');
    p.update(started('idle:a.test:443'));
    p.update(tick(29));
    p.update(started('dns:b.test'));
    expect(last()).toContain('held idle: 29 of 30 s');
    p.update({
      type: 'check.finished',
      runId: 'r',
      result: {
        id: 'idle:a.test:443',
        kind: 'idle',
        target: { host: 'a.test', port: 443 },
        status: 'pass',
        verdict: 'ok',
        durationMs: 30_000,
        message: 'ok',
        detail: { heldSeconds: 30, probe: 'http', held: 'tls' },
      },
    });
    expect(last()).toBe('Checking… 1/2 done, 0 failed  dns:b.test');
  });
});
