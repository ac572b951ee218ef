import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { catalogSchema } from '../../../shared/catalog';
import type { CheckRun } from '../../../shared/check-result';
import { exportedFileSchema } from '../../../shared/report-schemas';
import { CheckRecorder } from '../checks/check-recorder';
import type { CoreOptions } from '../context';
import { reportHandlers } from './report-handlers';
import { RunHistory } from './run-history';

const catalog = catalogSchema.parse(
  JSON.parse(
    readFileSync(new URL('../../../../assets/catalogs/zoho-assist.json', import.meta.url), 'utf8'),
  ),
);
const options: CoreOptions = {
  catalog,
  lang: 'en',
  mode: 'web',
  timeoutMs: 5000,
  env: {},
  dataDir: '/nonexistent',
};
const call = { emit: () => undefined };
const JAPANESE = /[\u3040-\u30ff\u4e00-\u9fff]/;

/** A run core made in English: a name that does not resolve, and the TLS step it skipped. */
function englishRun(): CheckRun {
  const r = new CheckRecorder({ runId: 'r-en', lang: 'en' });
  const target = { host: 'assist.zoho.com', port: 443 };
  r.finished(
    r.toResult(
      { id: 'dns:assist.zoho.com', kind: 'dns', target: { host: target.host }, required: true },
      { verdict: 'dns_not_found', vars: { host: target.host, code: 'ENOTFOUND' }, detail: {} },
      3,
      {},
    ),
  );
  r.skip({ id: 'tls:assist.zoho.com:443', kind: 'tls', target, required: true }, 'dns', target);
  return {
    schemaVersion: 1,
    tool: { name: 'session-prep', version: 'test' },
    startedAt: '2026-12-02T00:00:00.000Z',
    durationMs: 3,
    ready: false,
    system: {},
    checks: r.results,
    lang: 'en',
  };
}

// Issue 15: after a language switch the report is saved in the new language, from the same run.
describe('a report exported after a language switch', () => {
  it.each(['json', 'html'] as const)(
    'is worded in the language asked for, not the run’s (%s), and carries one language',
    async (format) => {
      const history = new RunHistory();
      const run = englishRun();
      history.record('r-en', run);
      const { 'report.export': exportReport } = reportHandlers(options, history, {
        appliedFixes: async () => ({ journal: [] }),
      });
      const reply = await exportReport({ format, redact: false, lang: 'ja', runId: 'r-en' }, call);
      if (!reply.ok) throw new Error(reply.problem.message);
      const content = exportedFileSchema.parse(reply.value).content;
      const jaMessage = run.checks[0]?.texts?.ja?.message ?? '';
      expect(jaMessage).toMatch(JAPANESE);
      expect(content).toContain(format === 'json' ? jaMessage : jaMessage.slice(0, 10));
      expect(content).not.toContain(run.checks[0]?.message ?? '');
      if (format === 'json') expect(content).not.toContain('"texts"');
    },
  );
});
