import { beforeEach, describe, expect, it, vi } from 'vitest';
import { FakeTransport } from './fake-transport';

const transport = vi.hoisted(() => ({ current: null as FakeTransport | null }));
vi.mock('../api/get-api-client', () => ({ getApiClient: () => transport.current?.client }));

const { useAppStore } = await import('./use-app-store');

const t = new FakeTransport();
transport.current = t;
const info = (lang: string) => ({
  ok: true,
  value: {
    version: '0.1.0',
    lang,
    platform: 'linux',
    mode: 'web',
    catalog: { id: 'zoho-assist', name: 'Zoho Assist' },
  },
});

beforeEach(() => {
  t.reset();
  useAppStore.setState({ info: null, lang: 'ja', hasChosenLang: false, problem: null });
});

describe('app store', () => {
  it('takes the language the front door saw, unless the user chose one', async () => {
    t.answer('app.info', async () => info('en'));
    await useAppStore.getState().load();
    expect(useAppStore.getState()).toMatchObject({ lang: 'en', problem: null });
    expect(useAppStore.getState().info?.catalog.name).toBe('Zoho Assist');

    useAppStore.getState().chooseLang('ja');
    await useAppStore.getState().load();
    expect(useAppStore.getState().lang).toBe('ja');
  });

  it('keeps a reply that breaks the contract out of the store, as a problem', async () => {
    t.answer('app.info', async () => info('fr'));
    await useAppStore.getState().load();
    expect(useAppStore.getState().info).toBeNull();
    expect(useAppStore.getState().problem?.code).toBe('bad_reply');
    expect(useAppStore.getState().problem?.message).toContain('app.info の応答');
  });

  it('passes the core’s own refusal through unchanged', async () => {
    const problem = { code: 'internal', message: 'Session Prep の内部で問題が発生しました。' };
    t.answer('app.info', async () => ({ ok: false, problem }));
    await useAppStore.getState().load();
    expect(useAppStore.getState().problem).toEqual(problem);
  });
});
