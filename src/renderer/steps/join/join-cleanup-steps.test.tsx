import type { ReactNode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import { createI18n } from '../../../shared/i18n';
import type { Lang } from '../../../shared/lang';
import { CleanupView } from '../cleanup/CleanupStep';
import { useCleanupStore, type CleanupState } from '../cleanup/use-cleanup-store';
import { JoinView } from './JoinStep';
import { useJoinStore, type JoinState } from './use-join-store';

function render(node: ReactNode, lang: Lang = 'en'): string {
  return renderToStaticMarkup(<I18nextProvider i18n={createI18n(lang)}>{node}</I18nextProvider>);
}

// The views take the store's state as a value; the stores' own actions come along unused.
const join = (over: Partial<JoinState>): JoinState => ({ ...useJoinStore.getState(), ...over });
const cleanup = (over: Partial<CleanupState>): CleanupState => ({
  ...useCleanupStore.getState(),
  ...over,
});

describe('JoinStep', () => {
  it('on Windows offers the previous IME and lists the open windows; opening waits for the confirmation', () => {
    const state = join({
      validation: {
        ok: true,
        link: {
          url: 'https://assist.zoho.jp/join?key=123456789',
          key: '123456789',
          dataCentre: 'jp',
        },
        checkHosts: ['assist.zoho.jp'],
      },
      windows: { supported: true, windows: [{ title: '給与.xlsx - Excel', app: 'EXCEL' }] },
      ime: {
        applicable: true,
        previousImeOn: false,
        message: '「以前のバージョンの Microsoft IME を使う」はオフです。',
      },
    });
    const html = render(<JoinView s={state} />, 'ja');
    expect(html).toContain('データセンター: JP');
    expect(html).toContain('給与.xlsx - Excel');
    expect(html).toContain('data-testid="join-ime-enable"');
    expect(html).toContain('応答不可（Windows 11）');
    expect(html).toMatch(/data-testid="join-open" aria-disabled="true"/);
    expect(render(<JoinView s={{ ...state, confirmed: true }} />, 'ja')).toMatch(
      /data-testid="join-open" aria-disabled="false"/,
    );
  });

  it('shows no IME section where the setting does not exist, and a refusal as a sentence', () => {
    const state = join({
      validation: {
        ok: false,
        reason: 'userinfo',
        message: 'This link hides another address inside it.',
      },
      ime: {
        applicable: false,
        previousImeOn: null,
        message: 'This setting exists only on Windows.',
      },
    });
    const html = render(<JoinView s={state} />);
    expect(html).not.toContain('join-ime-heading');
    expect(html).toContain('This link hides another address inside it.');
    expect(html).not.toContain('join-checks-heading');
  });
});

describe('CleanupStep', () => {
  it('shows what is gone and what remains, with why', () => {
    const state = cleanup({
      phase: 'done',
      result: {
        outcomes: [
          {
            id: 'process:42',
            ok: true,
            message: 'Stopped: Running program ZohoMeeting.exe (process 42)',
          },
          {
            id: 'folder:/usr/local/ZohoAssist',
            ok: false,
            message: 'Could not move to the trash: Folder “ZohoAssist”.',
          },
        ],
        after: {
          platform: 'linux',
          items: [
            {
              id: 'folder:/usr/local/ZohoAssist',
              kind: 'folder',
              label: 'Folder “ZohoAssist”',
              location: '/usr/local/ZohoAssist',
              removable: true,
            },
          ],
          refused: [],
        },
      },
    });
    const html = render(<CleanupView s={state} />);
    expect(html).toContain('data-remaining="1"');
    expect(html).toContain('Still there');
    expect(html).toContain('/usr/local/ZohoAssist');
    expect(html).toContain('Stopped: Running program ZohoMeeting.exe');
  });
});
