import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { closedPort } from '../../../../test/fixtures/misbehaving-servers';
import { networkCatalog, tcpPort } from '../../../../test/fixtures/network-run';
import { createCoreClient } from '../api/core-client';
import { recordChange } from '../journal/journal';
import { IME_KEY, IME_VALUE } from '../join/ime-setting';

let dataDir: string;
beforeEach(async () => (dataDir = await mkdtemp(join(tmpdir(), 'sp-fixes-h-'))));
afterEach(() => rm(dataDir, { recursive: true, force: true }));

describe('fixes.undo', () => {
  it('re-checks in the language of the request, not the one the front door started with', async () => {
    const port = await closedPort();
    const core = createCoreClient({
      catalog: networkCatalog([{ host: '127.0.0.1', ports: [tcpPort(port)] }]),
      lang: 'en',
      mode: 'web',
      timeoutMs: 1000,
      env: { PATH: process.env.PATH },
      dataDir,
    });
    const reply = await core.call('fixes.undo', { consent: true, lang: 'ja' });
    if (!reply.ok) throw new Error(reply.problem.message);
    const { recheck } = reply.value;
    const after = recheck?.after.find((c) => c.id === `tcp:127.0.0.1:${port}`);
    expect(after).toMatchObject({ verdict: 'tcp_refused' });
    expect(after?.message).toMatch(/[\u3040-\u30ff]/);
    expect(recheck?.before.find((c) => c.id === after?.id)?.message).toMatch(/[\u3040-\u30ff]/);
  });
});

describe('fixes.journal', () => {
  it('lists what the journal says Session Prep changed', async () => {
    const core = createCoreClient({
      catalog: networkCatalog([]),
      lang: 'en',
      mode: 'cli',
      timeoutMs: 1000,
      env: {},
      dataDir,
    });
    expect(await core.call('fixes.journal', { lang: 'en' })).toEqual({
      ok: true,
      value: { journal: [] },
    });
    await recordChange(dataDir, {
      id: 'ime:previous-version',
      title: 'Previous Microsoft IME',
      appliedAt: '2026-11-25T09:00:00.000Z',
      platform: 'linux',
      state: 'applied',
      undo: { kind: 'ime', before: { state: 'absent' } },
    });
    // With the exact command undo will run, rebuilt from the record (issue 14: the prompt shows it).
    expect(await core.call('fixes.journal', { lang: 'en' })).toEqual({
      ok: true,
      value: {
        journal: [
          {
            id: 'ime:previous-version',
            title: 'Previous Microsoft IME',
            appliedAt: '2026-11-25T09:00:00.000Z',
            undoCommands: [['reg', 'delete', IME_KEY, '/v', IME_VALUE, '/f']],
          },
        ],
      },
    });
  });
});
