import { describe, expect, it } from 'vitest';
import { launchDetached } from './launch-detached';

describe('launchDetached (real processes)', () => {
  it('tells how the launcher ended: its exit code, or that it could not start', async () => {
    expect(await launchDetached({ file: 'true', args: [], timeoutMs: 5000 })).toEqual({
      state: 'exited',
      code: 0,
    });
    expect(await launchDetached({ file: 'false', args: [], timeoutMs: 5000 })).toEqual({
      state: 'exited',
      code: 1,
    });
    expect(
      await launchDetached({
        file: 'no-such-opener-sp',
        args: ['https://x.test/?a=1&b=2'],
        timeoutMs: 5000,
      }),
    ).toEqual({ state: 'not_started', error: 'ENOENT' });
  });

  it('stops waiting at its limit and leaves a launcher that stays running alone', async () => {
    const started = performance.now();
    expect(await launchDetached({ file: 'sleep', args: ['1'], timeoutMs: 100 })).toEqual({
      state: 'running',
    });
    expect(performance.now() - started).toBeLessThan(900);
  });
});
