import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { brokenRun } from '../../../../test/report/sample-runs';
import { catalogSchema } from '../../../shared/catalog';
import { exportedFileSchema, reportDocumentSchema } from '../../../shared/report-schemas';
import type { CoreOptions } from '../context';
import { RunHistory } from './run-history';
import { reportHandlers } from './report-handlers';

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

describe('report.export', () => {
  it('refuses with a sentence before any run, and for an unknown run id', async () => {
    const { 'report.export': exportReport } = reportHandlers(options, new RunHistory());
    expect(await exportReport({ format: 'html', redact: true, lang: 'ja' }, call)).toEqual({
      ok: false,
      problem: {
        code: 'not_found',
        message: 'まだ確認結果がありません。先に確認を実行してから、レポートを保存してください。',
      },
    });
    const unknown = await exportReport(
      { format: 'json', redact: false, lang: 'en', runId: 'r-9' },
      call,
    );
    expect(unknown.ok === false && unknown.problem.message).toBe(
      'There is no check run with the id “r-9”. Please run the checks again, then save the report.',
    );
  });

  it('exports the last run, or the one asked for, with the journal', async () => {
    const shared = new RunHistory();
    shared.record('r-1', { ...brokenRun(), ready: true });
    shared.record('r-2', brokenRun());
    const appliedFixes = async (dataDir: string) => {
      expect(dataDir).toBe('/nonexistent');
      return { journal: [{ id: 'fw', title: 'Firewall rule', appliedAt: '2026-11-25T09:00:00Z' }] };
    };
    const { 'report.export': exportReport } = reportHandlers(options, shared, { appliedFixes });

    const last = await exportReport({ format: 'json', redact: false, lang: 'en' }, call);
    if (!last.ok) throw new Error(last.problem.message);
    const report = reportDocumentSchema.parse(
      JSON.parse(exportedFileSchema.parse(last.value).content),
    );
    expect(report).toMatchObject({ ready: false, fixesApplied: [{ id: 'fw' }], redacted: false });

    const first = await exportReport(
      { format: 'html', redact: true, lang: 'en', runId: 'r-1' },
      call,
    );
    expect(first.ok && first.value.content).toContain('This PC is ready for the remote session.');
  });

  it('reads the real journal of the data folder, and reports an unreadable one as not covered', async () => {
    const shared = new RunHistory();
    shared.record('r-1', brokenRun());
    const { 'report.export': exportReport } = reportHandlers(
      { ...options, dataDir: '/nonexistent' },
      shared,
    );
    const reply = await exportReport({ format: 'json', redact: false, lang: 'en' }, call);
    expect(
      reply.ok && reportDocumentSchema.parse(JSON.parse(reply.value.content)).fixesApplied,
    ).toEqual([]);

    const broken = reportHandlers(options, shared, {
      appliedFixes: async () => ({ journal: [], unreadable: 'the journal is not valid' }),
    });
    const withNote = await broken['report.export'](
      { format: 'json', redact: false, lang: 'en' },
      call,
    );
    expect(
      withNote.ok && reportDocumentSchema.parse(JSON.parse(withNote.value.content)).untested,
    ).toContainEqual({
      id: 'journal',
      reason: 'the journal is not valid',
    });
  });
});
