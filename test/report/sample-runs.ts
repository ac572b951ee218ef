import { checkRunSchema, type CheckResult, type CheckRun } from '../../src/shared/check-result';

/** A check result with defaults, for tests that build runs by hand. */
export function check(
  partial: Partial<CheckResult> & Pick<CheckResult, 'id' | 'kind' | 'status' | 'verdict'>,
): CheckResult {
  return { durationMs: 12, message: `${partial.id}: ${partial.verdict}`, ...partial };
}

/** A run through a proxy where one host is refused and one intercepted; schema-valid. */
export function brokenRun(overrides: Partial<CheckRun> = {}): CheckRun {
  const run: CheckRun = {
    schemaVersion: 1,
    tool: { name: 'session-prep', version: '0.1.0' },
    startedAt: '2026-11-25T09:00:00.000Z',
    durationMs: 4321,
    ready: false,
    system: { os: 'Windows 11 Pro 23H2', hostname: 'PC-TANAKA', userName: 'tanaka' },
    catalog: { id: 'zoho-assist', name: 'Zoho Assist', version: '2026.11.1' },
    proxy: { url: 'http://proxy.example.test:8080', source: 'env' },
    lang: 'en',
    checks: [
      check({
        id: 'os',
        kind: 'os',
        status: 'pass',
        verdict: 'ok',
        message: 'Windows 11 Pro 23H2 is supported.',
      }),
      check({
        id: 'proxy:proxy.example.test:8080',
        kind: 'proxy',
        target: { host: 'proxy.example.test', port: 8080 },
        status: 'pass',
        verdict: 'ok',
      }),
      check({
        id: 'tcp:assist.zoho.com:443',
        kind: 'tcp',
        target: { host: 'assist.zoho.com', port: 443 },
        status: 'pass',
        verdict: 'ok',
      }),
      check({
        id: 'tls:assist.zoho.com:443',
        kind: 'tls',
        target: { host: 'assist.zoho.com', port: 443 },
        status: 'fail',
        verdict: 'tls_intercepted',
        message: 'The certificate was issued by Example Inspector CA, not by the expected issuers.',
        fix: 'Ask IT to exclude *.zoho.com from SSL inspection.',
        detail: {
          certificate: {
            subject: 'CN=assist.zoho.com',
            issuer: 'CN=Example Inspector CA, O=Example Corp',
            validFrom: '2026-01-01T00:00:00Z',
            validTo: '2027-01-01T00:00:00Z',
            fingerprint256:
              'AB:CD:EF:01:23:45:67:89:AB:CD:EF:01:23:45:67:89:AB:CD:EF:01:23:45:67:89:AB:CD:EF:01:23:45:67:89',
            serialNumber: '1A2B3C',
          },
        },
      }),
      check({
        id: 'websocket:assist.zoho.com:443',
        kind: 'websocket',
        target: { host: 'assist.zoho.com', port: 443 },
        status: 'pass',
        verdict: 'ok',
      }),
      check({
        id: 'tcp:gateway.zohoassist.com:443',
        kind: 'tcp',
        target: { host: 'gateway.zohoassist.com', port: 443 },
        status: 'fail',
        verdict: 'proxy_refused',
        message: 'The proxy refused CONNECT to gateway.zohoassist.com:443 (403).',
        fix: 'Ask IT to allow gateway.zohoassist.com:443 through the proxy.',
        // As connectTunnel writes it.
        detail: {
          proxy: 'http://proxy.example.test:8080',
          via: 'CONNECT',
          reachedProxy: true,
          response: { status: 403, statusMessage: 'Forbidden', server: 'squid/6.1' },
        },
      }),
      check({
        id: 'tls:gateway.zohoassist.com:443',
        kind: 'tls',
        target: { host: 'gateway.zohoassist.com', port: 443 },
        status: 'skipped',
        verdict: 'skipped',
        message: 'Not run: the connection failed.',
      }),
      check({
        id: 'http:downloads.zohocdn.com:80',
        kind: 'http',
        target: { host: 'downloads.zohocdn.com', port: 80 },
        status: 'warn',
        verdict: 'http_server_error',
        required: false,
        // As probeHttp writes it.
        detail: { request: '/', response: { status: 503, statusMessage: 'Service Unavailable' } },
      }),
    ],
    notTested: ['bandwidth: the download URL could not be reached through the proxy'],
    ...overrides,
  };
  return checkRunSchema.parse(run);
}

/** A run where everything passes, direct. */
export function readyRun(): CheckRun {
  return checkRunSchema.parse({
    ...brokenRun(),
    ready: true,
    proxy: { url: null, source: 'none' },
    notTested: [],
    checks: [
      check({ id: 'os', kind: 'os', status: 'pass', verdict: 'ok' }),
      check({
        id: 'dns:assist.zoho.com',
        kind: 'dns',
        target: { host: 'assist.zoho.com' },
        status: 'pass',
        verdict: 'ok',
      }),
      check({
        id: 'tls:assist.zoho.com:443',
        kind: 'tls',
        target: { host: 'assist.zoho.com', port: 443 },
        status: 'pass',
        verdict: 'ok',
      }),
    ],
  });
}
