import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { reportDocumentSchema } from '../../../shared/report-schemas';
import { testIo } from '../cli-test-io';
import { main } from '../index';

describe('session-prep check --report', () => {
  let dir = '';
  afterEach(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('writes the HTML or the JSON report by extension, redacted on request', async () => {
    dir = await mkdtemp(join(tmpdir(), 'sp-cli-report-'));
    const html = join(dir, 'report.html');
    const { io } = testIo();
    expect([0, 1]).toContain(
      await main(['check', '--only', 'system', '--report', html, '--redact', '--lang', 'ja'], io),
    );
    const page = await readFile(html, 'utf8');
    expect(page).toMatch(/^<!DOCTYPE html>\n<html lang="ja">/);
    expect(page).toContain('伏せています');

    const json = join(dir, 'report.json');
    const exit = await main(['check', '--only', 'system', '--report', json], testIo().io);
    const report = reportDocumentSchema.parse(JSON.parse(await readFile(json, 'utf8')));
    expect(report).toMatchObject({
      redacted: false,
      lang: 'en',
      reportLang: 'en',
      catalog: { id: 'zoho-assist' },
    });
    expect(exit).toBe(report.ready ? 0 : 1);
    expect(report.checks.length).toBeGreaterThan(0);
  });

  it('refuses another extension with exit 2 before running anything', async () => {
    const { io, err, out } = testIo();
    expect(await main(['check', '--report', 'report.pdf'], io)).toBe(2);
    expect(err()).toContain('report.pdf');
    expect(out()).toBe('');
  });
});
