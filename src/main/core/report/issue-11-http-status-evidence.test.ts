import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { I18nextProvider } from 'react-i18next';
import { afterEach, describe, expect, it } from 'vitest';
import { startHttpServer } from '../../../../test/fixtures/http-server';
import { httpPort, networkCatalog, runNetwork } from '../../../../test/fixtures/network-run';
import type { RunningServer } from '../../../../test/fixtures/running-server';
import { CauseGroups } from '../../../report-view/results/CauseGroups';
import { checkResultSchema, detailOf } from '../../../shared/check-result';
import { createI18n } from '../../../shared/i18n';
import { evidenceOf } from '../../../shared/results/evidence';
import { renderReport } from './render-report';

// Issue 11: the evidence looked for `detail.statusCode` while the HTTP probe writes `detail.response.status`,
// and a test passed only because its sample used a shape no probe makes. This one runs the real probe.
const servers: RunningServer[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

async function blockedRun() {
  const server = await startHttpServer({ status: 403 });
  servers.push(server);
  const { run, check } = await runNetwork(
    networkCatalog([{ host: '127.0.0.1', ports: [httpPort(server.port)] }], {
      domains: ['*.zoho.com', 'zoho.com'],
    }),
  );
  return { run, http: check(`http:127.0.0.1:${server.port}`) };
}

describe('the HTTP status an http_blocked check saw', () => {
  it('is what the probe wrote, in the http kind’s own shape', async () => {
    const { http } = await blockedRun();
    expect(http).toMatchObject({ kind: 'http', verdict: 'http_blocked', status: 'fail' });
    expect(detailOf(http, 'http')?.response).toMatchObject({
      status: 403,
      statusMessage: 'Forbidden',
    });
    expect(checkResultSchema.parse(http)).toEqual(http);
    expect(evidenceOf(http)).toContainEqual({ key: 'httpStatus', value: '403 Forbidden' });
  });

  it('appears in the HTML report’s evidence, in English and Japanese', async () => {
    const { run } = await blockedRun();
    const options = { redact: false, names: { userNames: [], hostNames: [] } };
    const en = renderReport(run, { ...options, lang: 'en', format: 'html' }).content;
    expect(en).toContain('<dt>HTTP status</dt><dd><bdi>403 Forbidden</bdi></dd>');
    const ja = renderReport(run, { ...options, lang: 'ja', format: 'html' }).content;
    expect(ja).toContain('<dt>HTTP ステータス</dt><dd><bdi>403 Forbidden</bdi></dd>');
    // The JSON report keeps the probe's shape.
    const json = JSON.parse(renderReport(run, { ...options, lang: 'en', format: 'json' }).content);
    const check = json.checks.find((c: { kind: string }) => c.kind === 'http');
    expect(check.detail.response).toMatchObject({ status: 403, statusMessage: 'Forbidden' });
  });

  it('appears in the wizard’s evidence disclosure, rendered by the same components', async () => {
    const { run } = await blockedRun();
    // The network step renders the failures with CauseGroups (evidence behind a disclosure).
    const html = renderToStaticMarkup(
      createElement(
        I18nextProvider,
        { i18n: createI18n('en') },
        createElement(CauseGroups, { checks: run.checks }),
      ),
    );
    const details = html.slice(html.indexOf('<details class="sp-check__details">'));
    expect(details).toContain('<summary>Evidence</summary>');
    expect(details).toContain('<dt>HTTP status</dt><dd><bdi>403 Forbidden</bdi></dd>');
  });
});
