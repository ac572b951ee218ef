import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { afterEach, describe, expect, it } from 'vitest';
import { personal, personalProxyUrl, personalRun } from '../../../../test/report/personal-run';
import { brokenRun } from '../../../../test/report/sample-runs';
import { reportDocumentSchema } from '../../../shared/report-schemas';
import { renderReport, type RenderReportOptions } from './render-report';
import { writeReportFile } from './write-report-file';

const schemaPath = fileURLToPath(
  new URL('../../../../schemas/report.schema.json', import.meta.url),
);
const noNames = { userNames: [], hostNames: [] };
const base: Omit<RenderReportOptions, 'format'> = {
  redact: false,
  lang: 'en',
  names: noNames,
  now: new Date('2026-11-25T10:00:00Z'),
};

describe('renderReport json', () => {
  it('validates against the published JSON Schema and carries the context', async () => {
    const validate = new Ajv2020({ allErrors: true, strict: true }).compile(
      JSON.parse(await readFile(schemaPath, 'utf8')),
    );
    const journal = [
      {
        id: 'win-firewall-zoho',
        title: 'Allow ZohoMeeting.exe through Windows Firewall',
        appliedAt: '2026-11-25T09:30:00Z',
      },
    ];
    const file = renderReport(brokenRun(), { ...base, format: 'json', journal });
    expect(file).toMatchObject({
      fileName: 'session-prep-report-20261125-100000.json',
      mimeType: 'application/json',
    });
    const report = JSON.parse(file.content);
    expect(validate(report), JSON.stringify(validate.errors)).toBe(true);
    expect(reportDocumentSchema.parse(report)).toMatchObject({
      schemaVersion: 1,
      reportVersion: 1,
      ready: false,
      catalog: { id: 'zoho-assist', version: '2026.11.1' },
      proxy: { url: 'http://proxy.example.test:8080', source: 'env' },
      fixesApplied: journal,
      untested: [
        { reason: 'bandwidth: the download URL could not be reached through the proxy' },
        { id: 'tls:gateway.zohoassist.com:443', reason: 'Not run: the connection failed.' },
      ],
    });
    expect(report.checks).toHaveLength(brokenRun().checks.length);
  });

  it('keeps the language of the messages apart from the language of the report', () => {
    const report = JSON.parse(
      renderReport(brokenRun(), { ...base, format: 'json', lang: 'ja' }).content,
    );
    expect(report).toMatchObject({ lang: 'en', reportLang: 'ja' });
  });

  it('takes the catalog from the options when the run does not name it', () => {
    const run = { ...brokenRun(), catalog: undefined, proxy: undefined };
    const report = JSON.parse(
      renderReport(run, { ...base, format: 'json', catalog: { id: 'lab', name: 'Lab' } }).content,
    );
    expect(report.catalog).toEqual({ id: 'lab', name: 'Lab' });
    expect(report.proxy).toBeNull();
  });
});

describe('redaction', () => {
  const secretsOf = (redacted: boolean) =>
    redacted
      ? [...Object.values(personal), personal.hostName.toLowerCase(), 'eWFtYWRhOlBhNTV3MHJkIXg=']
      : [personal.proxyPassword, 'eWFtYWRhOlBhNTV3MHJkIXg='];

  for (const format of ['json', 'html'] as const) {
    it(`leaves none of the personal values in the redacted ${format}`, () => {
      const { content } = renderReport(personalRun(), {
        ...base,
        format,
        redact: true,
        proxyUrl: personalProxyUrl,
      });
      for (const secret of secretsOf(true))
        expect(content.toLowerCase(), secret).not.toContain(secret.toLowerCase());
      expect(content).toContain(format === 'json' ? '<credentials>' : '&lt;credentials&gt;');
    });

    it(`removes proxy credentials from the ${format} even without redaction`, () => {
      const { content } = renderReport(personalRun(), {
        ...base,
        format,
        redact: false,
        proxyUrl: personalProxyUrl,
      });
      for (const secret of secretsOf(false)) expect(content).not.toContain(secret);
      expect(content).not.toContain(`${personal.proxyUser}:`);
      expect(content).toContain(personal.userName);
    });
  }

  it('uses the same placeholders in the JSON and the HTML, and counts them', () => {
    const options = { ...base, redact: true, proxyUrl: personalProxyUrl };
    const report = JSON.parse(renderReport(personalRun(), { ...options, format: 'json' }).content);
    const html = renderReport(personalRun(), { ...options, format: 'html' }).content;
    expect(report.system).toMatchObject({
      hostname: '<host-1>',
      userName: '<user-1>',
      homeDir: 'C:\\Users\\<user-1>',
      publicIp: '<ip-3>',
    });
    const agent = report.checks.find((c: { id: string }) => c.id === 'agent');
    expect(agent.message).toBe(
      'Found C:\\Users\\<user-1>\\AppData\\Local\\ZohoMeeting on <host-1> (<ip-1>).',
    );
    const http = report.checks.find((c: { id: string }) => c.id === 'http:assist.zoho.com:80');
    expect(http.detail.response.location).toBe(
      'https://portal.corp.example/login?owner=<email-1>&next=https://assist.zoho.com/join?key=<key-1>',
    );
    expect(html).toContain(
      'Found C:\\Users\\&lt;user-1&gt;\\AppData\\Local\\ZohoMeeting on &lt;host-1&gt; (&lt;ip-1&gt;).',
    );
    expect(report.redactions).toEqual({
      user: 1,
      host: 1,
      ip: 3,
      mac: 0,
      email: 1,
      key: 1,
      domain: 0,
      credential: 3,
    });
    expect(report.redacted).toBe(true);
  });
});

describe('renderReport html', () => {
  it('is one self-contained page: a strict CSP, no scripts, nothing to fetch', () => {
    const { content, mimeType } = renderReport(brokenRun(), { ...base, format: 'html' });
    expect(mimeType).toBe('text/html; charset=utf-8');
    expect(content.startsWith('<!DOCTYPE html>\n<html lang="en">')).toBe(true);
    expect(content).toContain(
      `<meta http-equiv="Content-Security-Policy" content="default-src &#x27;none&#x27;; style-src &#x27;unsafe-inline&#x27;; img-src data:;`,
    );
    expect(content).not.toMatch(/<script|<link|<img|<iframe|\bsrc=|\bhref=|@import|url\(/i);
  });

  it('reads in Japanese', () => {
    const { content } = renderReport(brokenRun(), { ...base, format: 'html', lang: 'ja' });
    expect(content).toContain('<html lang="ja">');
    expect(content).toContain('<title>Session Prep 診断レポート</title>');
    expect(content).toContain('リモートセッションの前に、準備が必要な項目があります。');
  });
});

describe('writeReportFile', () => {
  let dir = '';
  afterEach(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('writes .json and .html by extension and refuses anything else with a sentence', async () => {
    dir = await mkdtemp(join(tmpdir(), 'sp-report-'));
    const options = { redact: false, lang: 'en' as const, names: noNames };
    expect(await writeReportFile(join(dir, 'r.HTML'), brokenRun(), options)).toEqual({
      ok: true,
      value: { path: join(dir, 'r.HTML'), format: 'html' },
    });
    expect(await readFile(join(dir, 'r.HTML'), 'utf8')).toMatch(/^<!DOCTYPE html>/);
    expect(await writeReportFile(join(dir, 'r.json'), brokenRun(), options)).toMatchObject({
      ok: true,
      value: { format: 'json' },
    });
    expect(JSON.parse(await readFile(join(dir, 'r.json'), 'utf8')).reportVersion).toBe(1);

    const txt = await writeReportFile(join(dir, 'r.txt'), brokenRun(), options);
    expect(txt).toEqual({
      ok: false,
      problem: {
        code: 'bad_params',
        message: `A report file must end in .json or .html (for example report.html), not “${join(dir, 'r.txt')}”.`,
      },
    });
    const ja = await writeReportFile('report.pdf', brokenRun(), { ...options, lang: 'ja' });
    expect(ja.ok === false && ja.problem.message).toContain('.json または .html で終わるように');
  });

  it('says why it could not write', async () => {
    const result = await writeReportFile('/nonexistent-dir/sub/r.json', brokenRun(), {
      redact: false,
      lang: 'en',
      names: noNames,
    });
    expect(result).toEqual({
      ok: false,
      problem: {
        code: 'failed',
        message:
          'The report could not be saved to /nonexistent-dir/sub/r.json (ENOENT). Please choose a folder you can write to.',
      },
    });
  });
});
