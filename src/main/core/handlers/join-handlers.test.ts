import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { builtInCatalog } from '../catalog/load-catalog';
import type { CoreOptions } from '../context';
import { exited, fakeRunner } from '../../../../test/fixtures/os/fake-runner';
import { readJournal } from '../journal/journal';
import { IME_KEY } from '../join/ime-setting';
import { createDispatch } from '../dispatch';
import { joinHandlers } from './join-handlers';

const call = { emit: () => undefined };
let dataDir: string;
beforeEach(async () => (dataDir = await mkdtemp(join(tmpdir(), 'sp-join-'))));
afterEach(async () => rm(dataDir, { recursive: true, force: true }));

function options(extra: Partial<CoreOptions> = {}): CoreOptions {
  return {
    catalog: builtInCatalog(),
    lang: 'en',
    mode: 'web',
    timeoutMs: 5000,
    env: {},
    dataDir,
    ...extra,
  };
}

describe('session.open', () => {
  it('opens only the URL core built, after validating again', async () => {
    const opened: string[] = [];
    const h = joinHandlers(options({ openExternal: async (url) => void opened.push(url) }));
    const reply = await h['session.open'](
      {
        text: ' https://assist.zoho.jp/join?role=A&key=１２３４５６７８９&email=x%40y.jp ',
        privacyConfirmed: true,
        lang: 'ja',
      },
      call,
    );
    expect(reply).toEqual({
      ok: true,
      value: { opened: true, url: 'https://assist.zoho.jp/join?key=123456789' },
    });
    expect(opened).toEqual(['https://assist.zoho.jp/join?key=123456789']);
  });

  it('refuses a hostile link with a sentence and opens nothing', async () => {
    const opened: string[] = [];
    const h = joinHandlers(options({ openExternal: async (url) => void opened.push(url) }));
    const reply = await h['session.open'](
      {
        text: 'https://assist.zoho.com@evil.example/join?key=123456789',
        privacyConfirmed: true,
        lang: 'ja',
      },
      call,
    );
    expect(reply.ok).toBe(false);
    if (!reply.ok) expect(reply.problem.message).toContain('別のアドレスが隠されています');
    expect(opened).toEqual([]);
  });

  it('refuses clearly when nothing can open links', async () => {
    const reply = await joinHandlers(options())['session.open'](
      { text: '123456789', privacyConfirmed: true, lang: 'en' },
      call,
    );
    expect(reply).toMatchObject({ ok: false, problem: { code: 'unsupported' } });
    if (!reply.ok)
      expect(reply.problem.message).toContain('https://join.zoho.com/assist-join?key=123456789');
  });
});

describe('link.validate', () => {
  it('names the data centre and the hosts to check', async () => {
    const reply = await joinHandlers(options())['link.validate'](
      { text: 'https://join.zoho.eu/418617324', lang: 'en' },
      call,
    );
    if (!reply.ok || !reply.value.ok) throw new Error('expected a valid link');
    expect(reply.value.link.dataCentre).toBe('eu');
    expect(reply.value.checkHosts).toContain('assist.zoho.eu');
    expect(reply.value.checkHosts).not.toContain('assist.zoho.com');
  });

  it('explains a wrong key length with the catalog’s digits, in Japanese', async () => {
    const reply = await joinHandlers(options())['link.validate'](
      { text: '１２３４', lang: 'ja' },
      call,
    );
    expect(reply).toEqual({
      ok: true,
      value: {
        ok: false,
        reason: 'key_length',
        message: 'セッションキーは 9〜10 桁の数字です。桁数を確認して、もう一度入力してください。',
      },
    });
  });
});

describe('ime.enable', () => {
  it('journals the exact undo before changing the value', async () => {
    const answers = [
      exited(1, '', 'ERROR: The system was unable to find the specified registry key or value.'),
      exited(0, 'The operation completed successfully.'),
    ];
    const run = fakeRunner(() => answers.shift() ?? exited(99));
    const calls = run.calls;
    const h = joinHandlers(options(), { run, platform: 'win32' });
    const reply = await h['ime.enable']({ consent: true, lang: 'en' }, call);
    expect(reply).toMatchObject({ ok: true, value: { applicable: true, previousImeOn: true } });
    expect(calls[1]).toEqual([
      'reg',
      'add',
      IME_KEY,
      '/v',
      'NoTsf3Override2',
      '/t',
      'REG_DWORD',
      '/d',
      '1',
      '/f',
    ]);
    const journal = await readJournal(dataDir);
    expect(journal).toHaveLength(1);
    expect(journal[0]).toMatchObject({
      id: 'ime:previous-version',
      state: 'applied',
      platform: 'win32',
      undo: { kind: 'ime', before: { state: 'absent' } },
    });
  });

  it('is not applicable off Windows and runs nothing', async () => {
    const run = fakeRunner(() => exited(0));
    const calls = run.calls;
    const h = joinHandlers(options(), { run, platform: 'linux' });
    expect(await h['ime.status']({ lang: 'en' }, call)).toMatchObject({
      ok: true,
      value: { applicable: false },
    });
    expect(calls).toEqual([]);
  });
});

describe('consent is part of the contract', () => {
  it('session.open without the privacy confirmation, and cleanup.run without consent, are refused before any handler runs', async () => {
    const opened: string[] = [];
    const dispatch = createDispatch(
      options({ openExternal: async (url) => void opened.push(url) }),
    );
    const open = await dispatch('session.open', { text: '123456789', lang: 'en' }, call);
    expect(open).toMatchObject({ ok: false, problem: { code: 'bad_params' } });
    const openFalse = await dispatch(
      'session.open',
      { text: '123456789', privacyConfirmed: false, lang: 'en' },
      call,
    );
    expect(openFalse).toMatchObject({ ok: false, problem: { code: 'bad_params' } });
    const clean = await dispatch('cleanup.run', { ids: ['folder:/etc'], lang: 'en' }, call);
    expect(clean).toMatchObject({ ok: false, problem: { code: 'bad_params' } });
    expect(opened).toEqual([]);
  });
});
