import { describe, expect, it } from 'vitest';
import { runCommand } from './run-command';

describe('runCommand (real processes, no shell)', () => {
  it('returns stdout of a command that succeeds', async () => {
    expect(
      await runCommand({ file: 'printf', args: ['%s|%s', 'a b', '$HOME;rm'], timeoutMs: 5000 }),
    ).toEqual({ ok: true, stdout: 'a b|$HOME;rm', stderr: '' });
  });

  it('says not_found for a missing program', async () => {
    expect(
      await runCommand({ file: 'no-such-program-sp', args: [], timeoutMs: 5000 }),
    ).toMatchObject({ ok: false, reason: 'not_found', code: 'ENOENT' });
  });

  it('says failed, with the output, for a non-zero exit', async () => {
    expect(await runCommand({ file: 'ls', args: ['/no/such/dir'], timeoutMs: 5000 })).toMatchObject(
      { ok: false, reason: 'failed', code: 2, stderr: expect.stringContaining('No such file') },
    );
  });

  it('kills a command past its timeout', async () => {
    const started = performance.now();
    expect(await runCommand({ file: 'sleep', args: ['5'], timeoutMs: 100 })).toMatchObject({
      ok: false,
      reason: 'timeout',
    });
    expect(performance.now() - started).toBeLessThan(2000);
  });

  it('stops on abort', async () => {
    const ac = new AbortController();
    setTimeout(() => ac.abort(), 50);
    expect(
      await runCommand({ file: 'sleep', args: ['5'], timeoutMs: 10_000 }, { signal: ac.signal }),
    ).toMatchObject({ ok: false, reason: 'aborted' });
  });
});
