import type { ReactNode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import { createI18n } from '../../../shared/i18n';
import type { Lang } from '../../../shared/lang';
import { renderReport } from '../../../main/core/report/render-report';
import { brokenRun } from '../../../../test/report/sample-runs';
import { HiddenSummary } from './HiddenSummary';

function render(node: ReactNode, lang: Lang): string {
  return renderToStaticMarkup(<I18nextProvider i18n={createI18n(lang)}>{node}</I18nextProvider>);
}

describe('what the redaction hid, beside the exact preview', () => {
  it('comes with a redacted report file and says, in words, what was hidden', () => {
    const run = brokenRun({
      system: {
        hostname: 'PC-TANAKA',
        userName: 'tanaka',
        addresses: ['192.168.10.5', '203.0.113.7'],
      },
    });
    const file = renderReport(run, { format: 'html', redact: true, lang: 'en' });
    expect(file.redactions).toBeDefined();
    const en = render(<HiddenSummary redactions={file.redactions!} />, 'en');
    expect(en).toContain('Hidden in this file:');
    expect(en).toContain('2 IP addresses');
    expect(en).toContain('1 PC name');
    expect(en).toContain('1 user name');
    expect(file.content).not.toContain('203.0.113.7');
    const ja = render(<HiddenSummary redactions={file.redactions!} />, 'ja');
    expect(ja).toContain('このファイルで伏せた情報');
  });

  it('is absent without redaction, and says so when nothing personal was found', () => {
    expect(
      renderReport(brokenRun(), { format: 'json', redact: false, lang: 'en' }).redactions,
    ).toBeUndefined();
    const none = { user: 0, host: 0, ip: 0, mac: 0, email: 0, key: 0, credential: 0 };
    expect(render(<HiddenSummary redactions={none} />, 'en')).toContain(
      'Nothing personal was found to hide.',
    );
  });
});
