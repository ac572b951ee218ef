import { describe, expect, it } from 'vitest';
import { compilePac, pacMemoryLimitBytes, pacSliceLimitMs } from './pac-thread';

// Scripts from the network are untrusted: each of these ends as a reason, on the PAC's own thread, within
// its limits (time without yielding, heap, the step's time), while the app keeps running.

const findProxy = (body: string) => `function FindProxyForURL(url, host) { ${body} }`;

async function answerOf(script: string, timeoutMs = 5000): Promise<string> {
  const pac = await compilePac(script, timeoutMs);
  if (!pac.ok) throw new Error(`did not compile: ${pac.reason}`);
  return pac.findProxy('https://assist.zoho.com/', 'assist.zoho.com');
}

/** Counts 10 ms ticks of this thread's event loop while `f` runs. */
async function ticksDuring<T>(f: () => Promise<T>): Promise<{ value: T; ticks: number }> {
  let ticks = 0;
  const ticker = setInterval(() => ticks++, 10);
  try {
    return { value: await f(), ticks };
  } finally {
    clearInterval(ticker);
  }
}

describe('hostile PAC scripts', () => {
  it('a script that loops while it loads is stopped at the slice limit', async () => {
    const started = performance.now();
    const { value: pac, ticks } = await ticksDuring(() =>
      compilePac(`while (true) {}\n${findProxy('return "DIRECT";')}`, 5000),
    );
    expect(pac).toMatchObject({
      ok: false,
      stage: 'run',
      reason: expect.stringMatching(/interrupted/i),
    });
    expect(ticks).toBeGreaterThanOrEqual(pacSliceLimitMs / 10 / 2);
    expect(performance.now() - started).toBeLessThan(5000);
  });

  it('its heap is limited: half the limit can be had, more than the limit cannot', async () => {
    const half = Math.floor(pacMemoryLimitBytes / 2);
    expect(
      await answerOf(findProxy(`return "DIRECT " + new ArrayBuffer(${half}).byteLength;`)),
    ).toBe(`DIRECT ${half}`);
    await expect(
      answerOf(findProxy(`return "DIRECT " + new ArrayBuffer(${pacMemoryLimitBytes * 1.5});`)),
    ).rejects.toThrow(/out of memory/);
  });

  it('a script that fills its heap bit by bit is ended by the step’s time limit', async () => {
    const bomb = findProxy('var a = []; for (;;) a.push(new Array(100000).join("x") + a.length);');
    const started = performance.now();
    const { value: outcome, ticks } = await ticksDuring(() =>
      answerOf(bomb, 1500).then(
        () => 'answered',
        (e: Error) => e.message,
      ),
    );
    expect(outcome).toMatch(/^(no answer within 1500 ms|interrupted|out of memory)/);
    expect(performance.now() - started).toBeLessThan(1500 * 2 + 2000);
    expect(ticks).toBeGreaterThanOrEqual(50);
  });

  it('sees no Node: require, process, fetch, module and WebAssembly are not there', async () => {
    const answer = await answerOf(
      findProxy(
        'return [typeof require, typeof process, typeof fetch, typeof module, typeof WebAssembly].join(" ");',
      ),
    );
    expect(answer).toBe('undefined undefined undefined undefined undefined');
  });

  it('a script that does not load in time is given up', async () => {
    const pac = await compilePac(findProxy('return "DIRECT";'), 1);
    expect(pac).toMatchObject({
      ok: false,
      stage: 'run',
      reason: 'the script did not load within 1 ms',
    });
  });
});
