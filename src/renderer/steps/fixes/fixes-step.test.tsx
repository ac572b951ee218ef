import { mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import { writeFakeProgram } from '../../../../test/fixtures/os/fake-program';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ReactNode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { I18nextProvider } from 'react-i18next';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { builtInCatalog } from '../../../main/core/catalog/load-catalog';
import { createDispatch } from '../../../main/core/dispatch';
import { readJournal, recordChange } from '../../../main/core/journal/journal';
import { createI18n } from '../../../shared/i18n';
import type { Lang } from '../../../shared/lang';
import { FakeTransport } from '../../stores/fake-transport';

const transport = vi.hoisted(() => ({ current: null as FakeTransport | null }));
vi.mock('../../api/get-api-client', () => ({ getApiClient: () => transport.current?.client }));

const { useFixesStore } = await import('./use-fixes-store');
const { useAppStore } = await import('../../stores/use-app-store');
const { FixesView } = await import('./FixesStep');
const { FixChangeItem } = await import('./FixChangeItem');
const { ItExport } = await import('./ItExport');
const { chosenFallback } = await import('./use-fixes-store');

// The store talks to the real core (dispatch → handlers → journal) through a test transport.
let dataDir: string;
let stateDir: string;
const t = new FakeTransport();
transport.current = t;

function render(node: ReactNode, lang: Lang = 'en'): string {
  return renderToStaticMarkup(<I18nextProvider i18n={createI18n(lang)}>{node}</I18nextProvider>);
}

beforeAll(async () => {
  stateDir = await mkdtemp(join(tmpdir(), 'sp-fixes-ui-'));
  dataDir = join(stateDir, 'data');
  await mkdir(join(stateDir, 'bin'));
  await writeFakeProgram(join(stateDir, 'bin'), 'ufw', join(stateDir, 'undone.txt'));
});
afterAll(async () => {
  await rm(stateDir, { recursive: true, force: true });
});

beforeEach(() => {
  t.reset();
  const dispatch = createDispatch({
    catalog: builtInCatalog(),
    lang: 'en',
    mode: 'web',
    timeoutMs: 1000,
    // A stand-in ufw first in PATH records the undo it is run for (the real one would change this machine).
    env: { PATH: `${join(stateDir, 'bin')}:${process.env.PATH ?? ''}` },
    dataDir,
  });
  for (const m of [
    'fixes.plan',
    'fixes.apply',
    'fixes.undo',
    'allowlist.get',
    'allowlist.pacDefault',
  ] as const)
    t.answer(m, (params) => dispatch(m, params, { emit: () => {} }));
  useAppStore.setState({ lang: 'en' });
  useFixesStore.setState({
    phase: 'idle',
    plan: null,
    selected: [],
    consent: false,
    result: null,
    isConfirmingUndo: false,
    problem: null,
    itText: null,
    copyState: 'idle',
  });
});

describe('fixes store over the real core', () => {
  it('shows the journal and undoes everything in one action (a real process runs the undo)', async () => {
    const marker = join(stateDir, 'undone.txt');
    await recordChange(dataDir, {
      id: 'windows-firewall',
      title: 'Allow the agent’s programs',
      appliedAt: '2026-11-25T09:00:00.000Z',
      platform: 'linux',
      state: 'applied',
      undo: { kind: 'linux-ufw', ports: [443] },
    });
    await useFixesStore.getState().loadPlan();
    expect(useFixesStore.getState().plan?.journal).toEqual([
      {
        id: 'windows-firewall',
        title: 'Allow the agent’s programs',
        appliedAt: '2026-11-25T09:00:00.000Z',
        undoCommands: [['ufw', 'delete', 'allow', 'out', '443/tcp']],
      },
    ]);
    const html = render(<FixesView s={useFixesStore.getState()} />);
    expect(html).toContain('data-testid="fix-undo"');
    expect(html).toContain('Allow the agent’s programs');

    useFixesStore.getState().askUndo(true);
    const confirm = render(<FixesView s={useFixesStore.getState()} />);
    expect(confirm).toContain('Undo every change listed above now?');
    // Issue 14: the prompt shows the exact commands.
    expect(confirm).toContain('ufw delete allow out 443/tcp');
    await useFixesStore.getState().undoAll();
    expect(useFixesStore.getState().result?.outcomes).toEqual([
      { id: 'windows-firewall', ok: true, message: 'Undone: Allow the agent’s programs.' },
    ]);
    expect(await readFile(marker, 'utf8')).toBe('delete allow out 443/tcp\n');
    expect(await readJournal(dataDir)).toEqual([]);
    expect(render(<FixesView s={useFixesStore.getState()} />)).toContain(
      'Session Prep has not changed anything on this PC.',
    );
  });

  it('does not call apply without consent, and reports an unknown change from the core', async () => {
    await useFixesStore.getState().loadPlan();
    useFixesStore.setState({ selected: ['no-such-change'] });
    await useFixesStore.getState().apply();
    expect(t.calls.some((c) => c.method === 'fixes.apply')).toBe(false);
    useFixesStore.getState().setConsent(true);
    await useFixesStore.getState().apply();
    expect(t.calls.find((c) => c.method === 'fixes.apply')?.params).toEqual({
      ids: ['no-such-change'],
      consent: true,
      lang: 'en',
    });
    expect(useFixesStore.getState().result?.outcomes[0]).toMatchObject({
      ok: false,
      message: expect.stringContaining('There is no change “no-such-change”'),
    });
  });

  it('gets the IT list from the core and shows it when the clipboard cannot be used', async () => {
    await useFixesStore.getState().copyItText();
    const s = useFixesStore.getState();
    expect(s.itText).toContain('*.zohoassist.com');
    expect(s.copyState).toBe('failed');
    const html = render(<FixesView s={useFixesStore.getState()} />, 'ja');
    expect(html).toContain('ここではコピーできませんでした');
    expect(html).toContain('data-testid="fix-it-text"');
  });
});

describe('FixChangeItem', () => {
  it('shows words, the exact command quoted as it runs, the script inside, and the undo', () => {
    const html = render(
      <FixChangeItem
        change={{
          id: 'macos-firewall',
          title: 'Allow the app',
          description: 'Adds it.',
          commands: [
            [
              '/usr/libexec/ApplicationFirewall/socketfilterfw',
              '--add',
              '/Users/やまだ/Zoho Assist.app',
            ],
          ],
          undoCommands: [
            [
              '/usr/libexec/ApplicationFirewall/socketfilterfw',
              '--remove',
              '/Users/やまだ/Zoho Assist.app',
            ],
          ],
          scripts: ["Add-MpPreference -ExclusionPath @('C:\\x')"],
          needsElevation: true,
          state: 'needed',
        }}
        isSelected
        onToggle={() => undefined}
      />,
    );
    expect(html).toContain(
      '<code>/usr/libexec/ApplicationFirewall/socketfilterfw --add &#x27;/Users/やまだ/Zoho Assist.app&#x27;</code>',
    );
    expect(html).toContain(
      '<code>/usr/libexec/ApplicationFirewall/socketfilterfw --remove &#x27;/Users/やまだ/Zoho Assist.app&#x27;</code>',
    );
    expect(html).toContain('Add-MpPreference -ExclusionPath @(&#x27;C:\\x&#x27;)');
    expect(html).toContain('Needs administrator approval.');
    expect(html).toMatch(/<input type="checkbox" data-testid="fix-select" checked=""/);
  });

  it('gives a change only IT can make its reason and no checkbox', () => {
    const html = render(
      <FixChangeItem
        change={{
          id: 'windows-defender',
          title: 'Exclude',
          description: 'd',
          commands: [],
          undoCommands: [],
          needsElevation: true,
          state: 'not_possible',
          reason: '改ざん防止が有効です。',
        }}
        isSelected={false}
        onToggle={() => undefined}
      />,
      'ja',
    );
    expect(html).toContain('IT 部門へ');
    expect(html).toContain('改ざん防止が有効です。');
    expect(html).not.toContain('fix-select');
  });
});

// Issue 14: the wizard's PAC ended in DIRECT for every other site; now IT chooses, and nothing is DIRECT
// by default unless this PC went direct.
describe('the PAC file for IT', () => {
  it('with nothing to go by, offers no default and will not download until IT chooses', async () => {
    useFixesStore.setState({ pacToday: null, pacChoice: null, pacCustom: '' });
    await useFixesStore.getState().loadPacDefault();
    const s = useFixesStore.getState();
    expect(s.pacToday).toBeNull();
    expect(s.pacChoice).toBeNull();
    const html = render(<ItExport s={s} />);
    expect(html).not.toContain('data-testid="fix-pac-today"');
    expect(html).toContain('data-testid="fix-pac-hint"');
    expect(html).toMatch(
      /data-testid="fix-it-pac"[^>]*aria-disabled="true"|aria-disabled="true"[^>]*data-testid="fix-it-pac"/,
    );
    expect(chosenFallback({ pacChoice: 'custom', pacToday: null, pacCustom: 'PROXY "x' })).toBe(
      undefined,
    );
    expect(
      chosenFallback({ pacChoice: 'custom', pacToday: null, pacCustom: ' PROXY p.corp:8080 ' }),
    ).toBe('PROXY p.corp:8080');
    expect(chosenFallback({ pacChoice: 'direct', pacToday: null, pacCustom: '' })).toBe('DIRECT');
  });

  it('preselects the proxy this PC uses today, in words IT can check', () => {
    const s = {
      ...useFixesStore.getState(),
      pacToday: 'PROXY proxy.corp.example:8080',
      pacChoice: 'today' as const,
    };
    const html = render(<ItExport s={s} />, 'ja');
    expect(html).toContain(
      '今と同じく、このパソコンのプロキシを通す（PROXY proxy.corp.example:8080）',
    );
    expect(html).not.toContain('data-testid="fix-pac-hint"');
    expect(chosenFallback(s)).toBe('PROXY proxy.corp.example:8080');
  });
});
