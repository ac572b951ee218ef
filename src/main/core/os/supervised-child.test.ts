import { spawnSync } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHILD_MARK, runSupervisedChild } from './supervised-child';

let dir = '';
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'sp-supervised-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** A child script (plain JavaScript, as the protocol is): what it does is the test's. */
async function script(name: string, body: string): Promise<string> {
  const path = join(dir, name);
  await writeFile(path, body);
  return path;
}

const run = (path: string, args: string[] = []) =>
  runSupervisedChild({
    execPath: process.execPath,
    execArgv: [],
    script: path,
    args,
    env: { PATH: process.env.PATH },
  });

describe('runSupervisedChild', () => {
  it('ends with the reported code as soon as it is reported, though the child never exits', async () => {
    // The child stands for one whose exit is held by threads blocked in getaddrinfo.
    const path = await script(
      'hangs.mjs',
      `setInterval(() => {}, 1000); process.send({ type: 'exit', code: 3 });`,
    );
    const started = performance.now();
    expect(await run(path)).toBe(3);
    expect(performance.now() - started).toBeLessThan(3000);
  });

  it('passes the arguments, and tells the child it is supervised', async () => {
    const path = await script(
      'echo.mjs',
      `process.send({ type: 'exit', code: process.env.${CHILD_MARK} === '1' && process.argv[2] === 'x y' ? 0 : 9 }, () => process.exit(0));`,
    );
    expect(await run(path, ['x y'])).toBe(0);
  });

  it("takes the child's own exit code when it exits without a report", async () => {
    const path = await script('exits.mjs', 'process.exit(4);');
    expect(await run(path)).toBe(4);
  });

  it('ignores a message that is not a report', async () => {
    const path = await script(
      'chatty.mjs',
      `process.send({ type: 'hello', code: 7 }); setTimeout(() => process.exit(1), 50);`,
    );
    expect(await run(path)).toBe(1);
  });

  it("the child's channel closes when its supervisor is killed (what followSupervisor ends on)", async () => {
    // The supervisor here is a middle process that starts the child and is then killed with SIGKILL.
    const grandchild = await script(
      'follows.mjs',
      `process.once('disconnect', () => process.exit(1)); setInterval(() => {}, 1000); process.send({ type: 'pid', pid: process.pid });`,
    );
    const middle = await script(
      'middle.mjs',
      `import { spawn } from 'node:child_process';
       const c = spawn(process.execPath, [${JSON.stringify(grandchild)}], { stdio: ['ignore', 'ignore', 'ignore', 'ipc'] });
       c.on('message', (m) => { console.log(m.pid); process.kill(process.pid, 'SIGKILL'); });`,
    );
    const out = spawnSync(process.execPath, [middle], { encoding: 'utf8', timeout: 10_000 });
    const pid = Number(out.stdout.trim());
    expect(pid).toBeGreaterThan(0);
    const isAlive = () => {
      try {
        process.kill(pid, 0);
        return true;
      } catch {
        return false;
      }
    };
    for (let i = 0; i < 50 && isAlive(); i++) await new Promise((r) => setTimeout(r, 100));
    expect(isAlive()).toBe(false);
  });
});
