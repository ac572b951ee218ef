import { chmod, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { argvOf, commandOf, failureText, runCommand } from './run-command';

const fixture = (name: string) =>
  new URL(`../../../../test/fixtures/os/windows/${name}`, import.meta.url).pathname;

/** A real process that writes these bytes to stdout and to stderr, then exits with `code`. */
const writes = (stdout: Buffer, stderr: Buffer = Buffer.alloc(0), code = 0) =>
  commandOf(
    [
      process.execPath,
      '-e',
      `process.stdout.write(Buffer.from('${stdout.toString('hex')}', 'hex'));` +
        `process.stderr.write(Buffer.from('${stderr.toString('hex')}', 'hex'));` +
        `process.exitCode = ${code};`,
    ],
    10_000,
  );

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'sp-run-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('runCommand (real processes, no shell)', () => {
  it('passes every argument as it is: nothing is read by a shell', async () => {
    expect(
      await runCommand({ file: 'printf', args: ['%s|%s', 'a b', '$HOME;rm `x`'], timeoutMs: 5000 }),
    ).toEqual({ ok: true, code: 0, stdout: 'a b|$HOME;rm `x`', stderr: '' });
  });

  it('says not_found for a missing program, not_started for one it may not run', async () => {
    expect(
      await runCommand({ file: 'no-such-program-sp', args: [], timeoutMs: 5000 }),
    ).toMatchObject({ ok: false, reason: 'not_found', code: null, startError: 'ENOENT' });
    const notExecutable = join(dir, 'tool');
    await writeFile(notExecutable, '#!/bin/sh\n');
    await chmod(notExecutable, 0o644);
    expect(await runCommand({ file: notExecutable, args: [], timeoutMs: 5000 })).toMatchObject({
      ok: false,
      reason: 'not_started',
      startError: 'EACCES',
    });
    expect(await runCommand(commandOf([]))).toMatchObject({
      ok: false,
      reason: 'not_started',
      startError: 'empty command',
    });
  });

  it('says failed, with the exit code and the output, for a non-zero exit', async () => {
    const outcome = await runCommand({ file: 'ls', args: ['/no/such/dir'], timeoutMs: 5000 });
    expect(outcome).toMatchObject({
      ok: false,
      reason: 'failed',
      code: 2,
      stderr: expect.stringContaining('No such file'),
    });
    expect(failureText(outcome)).toMatch(/No such file/);
    expect(failureText(await runCommand(writes(Buffer.alloc(0), Buffer.alloc(0), 3)))).toBe(
      'exit 3',
    );
  });

  it('kills a command past its time limit', async () => {
    const started = performance.now();
    const outcome = await runCommand({ file: 'sleep', args: ['5'], timeoutMs: 100 });
    expect(outcome).toMatchObject({ ok: false, reason: 'timeout', code: null });
    expect(failureText(outcome)).toBe('timed out');
    expect(performance.now() - started).toBeLessThan(2000);
  });

  it('stops on abort, and does not start at all once aborted', async () => {
    const ac = new AbortController();
    setTimeout(() => ac.abort(), 50);
    expect(
      await runCommand({ file: 'sleep', args: ['5'], timeoutMs: 10_000 }, { signal: ac.signal }),
    ).toMatchObject({ ok: false, reason: 'aborted' });
    const marker = join(dir, 'ran');
    expect(
      await runCommand(commandOf(['touch', marker]), { signal: AbortSignal.abort() }),
    ).toMatchObject({ ok: false, reason: 'aborted' });
    await expect(import('node:fs/promises').then((fs) => fs.stat(marker))).rejects.toThrow();
  });

  it('runs with the environment it is given', async () => {
    const outcome = await runCommand(commandOf(['printenv', 'SP_MARK'], 5000), {
      env: { PATH: process.env.PATH, SP_MARK: 'やまだ' },
    });
    expect(outcome).toMatchObject({ ok: true, stdout: 'やまだ\n' });
  });
});

describe('runCommand decodes what the program wrote, whatever it wrote', () => {
  it('reads a Japanese reg.exe error in CP932 (the OS’s console code page) on stdout and stderr', async () => {
    const { readFile } = await import('node:fs/promises');
    const bytes = await readFile(fixture('reg-query-missing-value-ja.cp932'));
    const outcome = await runCommand(writes(Buffer.alloc(0), bytes, 1), { legacyCodePage: 932 });
    expect(outcome).toMatchObject({ ok: false, reason: 'failed', code: 1 });
    expect(outcome.stderr).toBe(
      'エラー: 指定されたレジストリ キーまたは値が見つかりませんでした\r\n',
    );
    expect(failureText(outcome)).toBe(
      'エラー: 指定されたレジストリ キーまたは値が見つかりませんでした',
    );
    const netsh = await readFile(fixture('netsh-winhttp-show-proxy-manual-ja.cp932'));
    expect((await runCommand(writes(netsh), { legacyCodePage: 932 })).stdout).toContain(
      'プロキシ サーバー:  1.2.3.4:5678',
    );
  });

  it('reads UTF-16LE with a byte-order mark (wmic) and UTF-8 (PowerShell as we start it) without a code page', async () => {
    const wmic = Buffer.from('\uFEFFdisplayName=Windows Defender\r\n', 'utf16le');
    expect((await runCommand(writes(wmic))).stdout).toBe('displayName=Windows Defender\r\n');
    const utf8 = Buffer.from('C:\\Users\\山田 太郎\\agent.exe\r\n', 'utf8');
    expect((await runCommand(writes(utf8), { legacyCodePage: 932 })).stdout).toBe(
      'C:\\Users\\山田 太郎\\agent.exe\r\n',
    );
  });

  it('keeps an argument array and a command interchangeable, with a time limit always', () => {
    expect(commandOf(['reg', 'query', 'HKCU\\x'])).toEqual({
      file: 'reg',
      args: ['query', 'HKCU\\x'],
      timeoutMs: 120_000,
    });
    expect(argvOf(commandOf(['a', 'b c'], 10))).toEqual(['a', 'b c']);
  });
});
