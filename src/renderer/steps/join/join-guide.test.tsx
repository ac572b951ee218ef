import type { ReactNode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import { createI18n } from '../../../shared/i18n';
import type { Lang } from '../../../shared/lang';
import { UrlToCopy } from '../../common/UrlToCopy';
import { JoinGuide } from './JoinGuide';
import { JoinView } from './JoinStep';
import { useJoinStore } from './use-join-store';

function render(node: ReactNode, lang: Lang = 'en'): string {
  return renderToStaticMarkup(<I18nextProvider i18n={createI18n(lang)}>{node}</I18nextProvider>);
}

describe('the guide after joining (issue 15)', () => {
  it('walks through the guide in order, each step numbered with a described drawing, in Japanese', () => {
    const html = render(<JoinGuide platform="win32" />, 'ja');
    const items = [...html.matchAll(/<li class="guide-step" data-testid="join-guide-(\w+)">/g)].map(
      (m) => m[1],
    );
    expect(items).toEqual(['download', 'run', 'join', 'chat', 'files', 'end', 'cleanup']);
    expect(html).toContain('<ol class="guide-steps">');
    // Every drawing is an image with words, inline: nothing is fetched.
    expect(html.match(/<svg [^>]*role="img" aria-label="[^"]+"/g)).toHaveLength(7);
    expect(html).not.toMatch(/<img|href=|xlink/);
    expect(html).toContain('［ZA_Connect.exe］をクリックして実行します');
    expect(html).toContain('［参加する］をクリックします');
    expect(html).toContain('赤い［×］');
    expect(html).toContain('アプリは自動では削除されません');
    expect(html).toContain('<figcaption>');
  });

  it('names the Mac app on macOS, and speaks English', () => {
    const html = render(<JoinGuide platform="darwin" />);
    expect(html).toContain('Join.app');
    expect(html).not.toContain('ZA_Connect.exe');
    expect(html).toContain('click the red ×');
  });

  it('sits in the Join step', () => {
    expect(render(<JoinView s={useJoinStore.getState()} />)).toContain('data-testid="join-guide"');
  });
});

describe('an address the browser did not open', () => {
  it('shows one sentence in the language, the address, a copy button, and the OS words only for support', () => {
    const html = render(
      <UrlToCopy
        message="ブラウザーを開けませんでした。次のアドレスをコピーして、ブラウザーで開いてください。"
        url="https://assist.zoho.jp/join?key=123456789"
        supportText="spawn xdg-open ENOENT"
      />,
      'ja',
    );
    expect(html).toContain(
      '<code class="url-to-copy__url" data-testid="url-to-copy-url">https://assist.zoho.jp/join?key=123456789</code>',
    );
    expect(html).toContain('アドレスをコピー</button>');
    const support = html.indexOf('サポート担当者向けの詳細');
    expect(support).toBeGreaterThan(0);
    expect(html.indexOf('ENOENT')).toBeGreaterThan(support);
  });
});
