import { afterEach, describe, expect, it } from 'vitest';
import { startHttpServer, type HttpServerOptions } from '../../../../test/fixtures/http-server';
import { httpPort, networkCatalog, runNetwork } from '../../../../test/fixtures/network-run';
import type { RunningServer } from '../../../../test/fixtures/running-server';

const servers: RunningServer[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

async function httpCheck(o: HttpServerOptions) {
  const s = await startHttpServer(o);
  servers.push(s);
  const { check } = await runNetwork(
    networkCatalog([{ host: '127.0.0.1', ports: [httpPort(s.port)] }], {
      domains: ['*.zoho.com', 'zoho.com'],
    }),
  );
  return { result: check(`http:127.0.0.1:${s.port}`), server: s };
}

describe('HTTP checks (no redirect followed)', () => {
  it('passes 2xx and 404, with the status in the message', async () => {
    const { result, server } = await httpCheck({ status: 204 });
    expect(result).toMatchObject({
      status: 'pass',
      verdict: 'ok',
      detail: { response: { status: 204 } },
    });
    expect(result.message).toContain('(HTTP 204)');
    expect(server.requests[0]).toMatchObject({ method: 'GET', url: '/' });
    expect((await httpCheck({ status: 404 })).result).toMatchObject({
      status: 'pass',
      verdict: 'ok',
    });
  });

  it("passes a redirect into the catalog's domains", async () => {
    const { result, server } = await httpCheck({
      status: 301,
      location: 'https://assist.zoho.com/',
    });
    expect(result).toMatchObject({ status: 'pass', verdict: 'ok' });
    expect(result.message).toContain("redirects to the vendor's address https://assist.zoho.com/");
    expect(server.requests).toHaveLength(1);
  });

  it('http_blocked for 403 and 451', async () => {
    for (const status of [403, 451]) {
      const { result } = await httpCheck({ status });
      expect(result).toMatchObject({ status: 'fail', verdict: 'http_blocked' });
      expect(result.message).toContain(`answered HTTP ${status}`);
      expect(result.fix).toContain('web filter');
    }
  });

  it("http_blocked for a redirect outside the catalog's domains, naming where it goes", async () => {
    const { result } = await httpCheck({
      status: 302,
      location: 'http://blockpage.corp.example/denied?u=zoho',
    });
    expect(result).toMatchObject({
      status: 'fail',
      verdict: 'http_blocked',
      detail: { response: { status: 302 } },
    });
    expect(result.message).toContain(
      'redirects to http://blockpage.corp.example/denied?u=zoho, outside',
    );
  });

  it('http_server_error is a warning', async () => {
    const { result } = await httpCheck({ status: 502 });
    expect(result).toMatchObject({ status: 'warn', verdict: 'http_server_error' });
    expect(result.message).toContain('server error (HTTP 502)');
  });
});
