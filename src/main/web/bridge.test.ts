import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BridgeReply } from '../../shared/bridge-messages';
import type { CallContext } from '../core/context';
import { createDispatch, type Dispatch } from '../core/dispatch';
import { answerBridgeMessage } from './bridge';
import { testCoreOptions } from './test-helpers';

let dir: string;
let dispatch: Dispatch;
const events: unknown[] = [];
const call: CallContext = { emit: (event, payload) => events.push({ event, payload }) };

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'sp-bridge-'));
  dispatch = createDispatch(testCoreOptions(dir));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

const answer = (raw: unknown) =>
  answerBridgeMessage(typeof raw === 'string' ? raw : JSON.stringify(raw), dispatch, call);
const problemOf = (m: BridgeReply) => (!m.reply.ok ? m.reply.problem : undefined);

describe('the WebSocket bridge', () => {
  it('round-trips a real call through dispatch', async () => {
    const m = await answer({ id: 1, method: 'app.info', params: {} });
    expect(m).toMatchObject({
      id: 1,
      reply: {
        ok: true,
        value: { mode: 'web', catalog: { id: 'zoho-assist', name: expect.any(String) } },
      },
    });
  });

  it('refuses an unknown method by name', async () => {
    const m = await answer({ id: 2, method: 'fs.delete', params: {} });
    expect(m.id).toBe(2);
    expect(problemOf(m)).toEqual({
      code: 'unknown_method',
      message: 'There is no method "fs.delete".',
    });
  });

  it('refuses bad params with the path of the bad field', async () => {
    const m = await answer({ id: 3, method: 'link.validate', params: { text: 42, lang: 'en' } });
    expect(problemOf(m)?.code).toBe('bad_params');
    expect(problemOf(m)?.issues?.[0]?.path).toEqual(['text']);
    const noConsent = await answer({
      id: 4,
      method: 'fixes.undo',
      params: { consent: false, lang: 'en' },
    });
    expect(problemOf(noConsent)?.issues?.[0]).toMatchObject({
      path: ['consent'],
      message: expect.stringContaining('consent'),
    });
  });

  it('answers what is not a call with a refusal, keeping the id when it can read one', async () => {
    expect(await answer('{not json')).toMatchObject({
      id: null,
      reply: {
        ok: false,
        problem: { code: 'bad_params', message: expect.stringContaining('not JSON') },
      },
    });
    expect(await answer({ id: 5, params: {} })).toMatchObject({
      id: 5,
      reply: { ok: false, problem: { code: 'bad_params' } },
    });
    expect(await answer({ id: -1, method: 'app.info' })).toMatchObject({
      id: null,
      reply: { ok: false },
    });
    expect(await answer([1, 2])).toMatchObject({ id: null, reply: { ok: false } });
    expect(await answer('null')).toMatchObject({ id: null, reply: { ok: false } });
  });

  it('keeps what only the command line may call away from the page', async () => {
    const m = await answer({
      id: 6,
      method: 'report.write',
      params: { path: '/tmp/anything.html', redact: false, lang: 'en' },
    });
    expect(problemOf(m)).toEqual({
      code: 'unknown_method',
      message: 'There is no method "report.write".',
    });
  });

  it('words its refusals in the language of the call, or of the host', async () => {
    const unknown = await answer({ id: 7, method: 'fs.delete', params: { lang: 'ja' } });
    expect(problemOf(unknown)?.message).toBe('"fs.delete" という操作はありません。');
    const bad = await answer({ id: 8, method: 'link.validate', params: { text: 42, lang: 'ja' } });
    expect(problemOf(bad)?.message).toBe('link.validate に渡された値が正しくありません。');
    const notJson = await answerBridgeMessage('{not json', dispatch, call, 'ja');
    expect(notJson.reply).toEqual({
      ok: false,
      problem: {
        code: 'bad_params',
        message:
          'メッセージが JSON ではありません。{"id", "method", "params"} の形で送ってください。',
      },
    });
  });
});
