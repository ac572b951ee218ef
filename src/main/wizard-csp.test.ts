import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { brokenRun } from '../../test/report/sample-runs';
import { renderReport } from './core/report/render-report';
import { appResponseHeaders } from './core/shell-guards/app-protocol';
import { securityHeaders } from './web/security-headers';
import { reportStyleHashSource, wizardContentSecurityPolicy } from './wizard-csp';

/** The text of every <style> element in a rendered report page. */
function inlineStyles(html: string): string[] {
  return [...html.matchAll(/<style>([\s\S]*?)<\/style>/g)].map((m) => m[1] ?? '');
}

const sha256Source = (text: string) =>
  `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

describe('the wizard CSP allows the report preview', () => {
  it.each(['en', 'ja'] as const)('hashes exactly the one <style> the %s report inlines', (lang) => {
    const { content } = renderReport(brokenRun(), {
      format: 'html',
      redact: false,
      lang,
      names: { userNames: [], hostNames: [] },
      now: new Date('2026-11-25T10:00:00Z'),
    });
    const styles = inlineStyles(content);
    expect(styles).toHaveLength(1);
    expect(sha256Source(styles[0] ?? '')).toBe(reportStyleHashSource);
  });

  it('carries the hash in browser mode and app:// headers, and never unsafe-inline', () => {
    const policies = [
      wizardContentSecurityPolicy(),
      securityHeaders(4321)['content-security-policy'] ?? '',
      appResponseHeaders('text/html')['content-security-policy'] ?? '',
    ];
    for (const policy of policies) {
      expect(policy).toContain(`style-src 'self' ${reportStyleHashSource};`);
      expect(policy).toContain("script-src 'self';");
      expect(policy).not.toMatch(/unsafe-inline|unsafe-eval|\*/);
    }
  });
});
