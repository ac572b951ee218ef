import { createHash } from 'node:crypto';
import { reportStyle } from '../report-view/report/report-style';
import { contentSecurityPolicy } from '../shared/content-security-policy';

/**
 * The CSP source that allows exactly the report's inline <style>: the Finish step previews the report in a
 * sandboxed srcdoc frame, which inherits the wizard's policy. Computed at start (and, for index.html's meta
 * tag, at build: vite.config.ts) from the same text the report inlines, so the two cannot drift.
 */
export const reportStyleHashSource = `'sha256-${createHash('sha256').update(reportStyle, 'utf8').digest('base64')}'`;

/** The wizard's CSP with the report's style hash: every place that serves the wizard uses this. */
export function wizardContentSecurityPolicy(connectSources: readonly string[] = []): string {
  return contentSecurityPolicy([reportStyleHashSource], connectSources);
}
