import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { brokenRun } from '../../../../test/report/sample-runs';
import type { RunComparison } from '../../../shared/run-comparison';
import { renderReport, type RenderReportOptions } from './render-report';

const schemaPath = fileURLToPath(
  new URL('../../../../schemas/report.schema.json', import.meta.url),
);
const base: Omit<RenderReportOptions, 'format'> = {
  redact: false,
  lang: 'en',
  names: { userNames: [], hostNames: [] },
  now: new Date('2026-11-25T10:00:00Z'),
};
const comparison: RunComparison = {
  since: '2026-11-25T08:00:00.000Z',
  fixed: [
    {
      id: 'tcp:assist.zoho.com:443',
      host: 'assist.zoho.com',
      before: { status: 'fail', verdict: 'tcp_timeout' },
      now: { status: 'pass', verdict: 'ok' },
    },
  ],
  stillFailing: [
    {
      id: 'tls:gateway.zohoassist.com:443',
      host: 'gateway.zohoassist.com',
      before: { status: 'fail', verdict: 'tcp_refused' },
      now: { status: 'fail', verdict: 'tls_intercepted' },
    },
  ],
  newlyFailing: [],
  notRechecked: [],
};

describe('the report after an earlier run', () => {
  it('carries the comparison in the JSON, valid against the published schema', async () => {
    const validate = new Ajv2020({ allErrors: true, strict: true }).compile(
      JSON.parse(await readFile(schemaPath, 'utf8')),
    );
    const report = JSON.parse(
      renderReport(brokenRun({ comparison }), { ...base, format: 'json' }).content,
    );
    expect(validate(report), JSON.stringify(validate.errors)).toBe(true);
    expect(report.comparison).toEqual(comparison);
  });

  it('shows a section after the summary: the counts, the fixed host, a changed verdict (en, ja)', () => {
    const html = renderReport(brokenRun({ comparison }), { ...base, format: 'html' }).content;
    const section = html.slice(html.indexOf('data-testid="report-comparison"'));
    expect(html.indexOf('id="summary"')).toBeLessThan(html.indexOf('id="comparison"'));
    expect(html.indexOf('id="comparison"')).toBeLessThan(html.indexOf('id="path"'));
    expect(section).toMatch(
      /Since the last check \([^)]*\d\d:\d\d[^)]*\): 1 fixed, 1 still failing, 0 new\./,
    );
    expect(section).toContain('<code>tcp:assist.zoho.com:443</code>');
    expect(section).toContain('→');
    const ja = renderReport(brokenRun({ comparison }), { ...base, format: 'html', lang: 'ja' });
    expect(ja.content).toContain('前回の確認からの変化');
    expect(ja.content).toMatch(/解決 1 件、未解決 1 件、新しい問題 0 件です。/);
  });

  it('has no such section without an earlier run', () => {
    const html = renderReport(brokenRun(), { ...base, format: 'html' }).content;
    expect(html).not.toContain('report-comparison');
  });
});
