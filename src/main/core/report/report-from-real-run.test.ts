import { createServer } from 'node:net';
import type { AddressInfo } from 'node:net';
import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCa, issueCertificate, type Pem } from '../../../../test/fixtures/certificates';
import { networkCatalog, runNetwork, tlsPort } from '../../../../test/fixtures/network-run';
import type { RunningServer } from '../../../../test/fixtures/running-server';
import { startTlsServer } from '../../../../test/fixtures/tls-server';
import { findPathBreak } from '../../../shared/results/find-path-break';
import { groupByCause } from '../../../shared/results/group-by-cause';
import { renderReport } from './render-report';
import { detailOf } from '../../../shared/check-result';

// A run of the real engine against real local servers: one host behind an SSL-inspecting CA, one port closed.
let vendorCa: Pem;
let inspectorCa: Pem;
let server: RunningServer;
let closedPort: number;

beforeAll(async () => {
  [vendorCa, inspectorCa] = await Promise.all([
    createCa('Zoho Test Root', 'Zoho Test'),
    createCa('Inspector Root', 'Inspector Corp'),
  ]);
  server = await startTlsServer({
    pem: await issueCertificate(inspectorCa, { commonName: 'localhost', altNames: ['localhost'] }),
    websocketPath: '/ws',
  });
  // A port that was just free: connecting to it is refused.
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  closedPort = (probe.address() as AddressInfo).port;
  await new Promise((resolve) => probe.close(resolve));
}, 60_000);

afterAll(async () => {
  await server?.close();
});

describe('a report of a real run', () => {
  it('shows the inspecting certificate seen, the refused port, and where the path stops', async () => {
    const catalog = networkCatalog([
      { host: 'localhost', ports: [tlsPort(server.port)], websocketPath: '/ws' },
      { host: '127.0.0.1', ports: [tlsPort(closedPort)] },
    ]);
    const { run, check } = await runNetwork(catalog, {
      extraCaPem: [vendorCa.cert, inspectorCa.cert],
    });
    const tls = check(`tls:localhost:${server.port}`);
    expect(tls.verdict).toBe('tls_intercepted');
    expect(check(`tcp:127.0.0.1:${closedPort}`).verdict).toBe('tcp_refused');
    expect(
      groupByCause(run.checks)
        .slice(0, 2)
        .map((g) => g.verdict)
        .sort(),
    ).toEqual(['tcp_refused', 'tls_intercepted']);
    expect(findPathBreak(run.checks, run.proxy).breakAt).toBe('network');

    const options = { redact: true, lang: 'en' as const, names: { userNames: [], hostNames: [] } };
    const html = renderReport(run, { ...options, format: 'html' }).content;
    const fingerprint = detailOf(tls, 'tls')?.certificate?.fingerprint256 ?? '';
    expect(html).toContain(
      '<dt>Issued by</dt><dd><bdi>CN=Inspector Root, O=Inspector Corp</bdi></dd>',
    );
    expect(html).toContain(fingerprint);
    expect(html).toContain(
      '<dt>Certificate chain (leaf first)</dt><dd><bdi>CN=localhost → CN=Inspector Root, O=Inspector Corp</bdi></dd>',
    );
    expect(html).toContain('Connection refused: a firewall rejects it');
    expect(html).toContain('ECONNREFUSED');
    // Loopback is evidence, not personal: it stays even when redacting.
    expect(html).toContain(`127.0.0.1:${closedPort}`);

    const json = JSON.parse(renderReport(run, { ...options, format: 'json' }).content);
    const schema = JSON.parse(
      readFileSync(new URL('../../../../schemas/report.schema.json', import.meta.url), 'utf8'),
    );
    const validate = new Ajv2020({ strict: true }).compile(schema);
    expect(validate(json), JSON.stringify(validate.errors)).toBe(true);
    expect(json.checks).toHaveLength(run.checks.length);
  });
});
