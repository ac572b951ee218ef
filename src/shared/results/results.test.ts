import { describe, expect, it } from 'vitest';
import { checkResultSchema } from '../check-result';
import { brokenRun, check, readyRun } from '../../../test/report/sample-runs';
import { commonCause, connectivityFailure } from './common-cause';
import { asText, evidenceOf } from './evidence';
import { findPathBreak } from './find-path-break';
import { firstThingToDo, groupByCause } from './group-by-cause';
import { revealHiddenChars } from './reveal-hidden-chars';

describe('groupByCause', () => {
  it('puts the cause nearest this PC first among required failures, passes last', () => {
    const groups = groupByCause(brokenRun().checks);
    expect(groups.map((g) => [g.verdict, g.status, g.isBlocking])).toEqual([
      ['proxy_refused', 'fail', true],
      ['tls_intercepted', 'fail', true],
      ['http_server_error', 'warn', false],
      ['skipped', 'skipped', false],
      ['ok', 'pass', false],
    ]);
    expect(groups[4]!.checks.map((c) => c.id)).toEqual([
      'os',
      'proxy:proxy.example.test:8080',
      'tcp:assist.zoho.com:443',
      'websocket:assist.zoho.com:443',
    ]);
  });

  it('ranks an optional failure below a required one', () => {
    const groups = groupByCause([
      check({
        id: 'tcp:a:1',
        kind: 'tcp',
        status: 'fail',
        verdict: 'local_blocked',
        required: false,
      }),
      check({ id: 'tcp:b:1', kind: 'tcp', status: 'fail', verdict: 'tcp_timeout' }),
    ]);
    expect(groups.map((g) => g.verdict)).toEqual(['tcp_timeout', 'local_blocked']);
  });
});

describe('firstThingToDo', () => {
  it('is the fix of the worst cause, and null when all pass', () => {
    expect(firstThingToDo(brokenRun().checks)?.fix).toBe(
      'Ask IT to allow gateway.zohoassist.com:443 through the proxy.',
    );
    expect(firstThingToDo(readyRun().checks)).toBeNull();
  });
});

describe('findPathBreak', () => {
  it('stops at the proxy when the proxy refuses, and the vendor still counts as reached by another host', () => {
    const run = brokenRun();
    const picture = findPathBreak(run.checks, run.proxy);
    expect(picture.breakAt).toBe('proxy');
    expect(picture.segments.map((s) => [s.id, s.state])).toEqual([
      ['pc', 'ok'],
      ['proxy', 'broken'],
      ['network', 'broken'],
      ['vendor', 'warn'],
    ]);
    expect(picture.segments[1]!.checkIds).toEqual(['tcp:gateway.zohoassist.com:443']);
  });

  it('marks stops after the break as not reached when nothing got through', () => {
    const picture = findPathBreak(
      [
        check({ id: 'dns:a', kind: 'dns', status: 'pass', verdict: 'ok' }),
        check({ id: 'tcp:a:443', kind: 'tcp', status: 'fail', verdict: 'tcp_timeout' }),
        check({ id: 'tls:a:443', kind: 'tls', status: 'skipped', verdict: 'skipped' }),
      ],
      { url: null, source: 'none' },
    );
    expect(picture.segments.map((s) => s.state)).toEqual(['ok', 'absent', 'broken', 'unknown']);
    expect(picture.breakAt).toBe('network');
  });

  it('blames this PC for its own firewall, and says nothing before network checks ran', () => {
    const local = findPathBreak([
      check({ id: 'tcp:a:443', kind: 'tcp', status: 'fail', verdict: 'local_blocked' }),
    ]);
    expect(local.breakAt).toBe('pc');
    expect(local.segments.map((s) => s.state)).toEqual(['broken', 'absent', 'unknown', 'unknown']);
    const none = findPathBreak([
      check({ id: 'os', kind: 'os', status: 'fail', verdict: 'os_unsupported' }),
    ]);
    expect(none).toMatchObject({ isTested: false, breakAt: null });
  });

  it('is clear all the way when everything passed', () => {
    const run = readyRun();
    expect(findPathBreak(run.checks, run.proxy).segments.map((s) => s.state)).toEqual([
      'ok',
      'absent',
      'ok',
      'ok',
    ]);
  });
});

describe('evidenceOf', () => {
  it('lists the certificate seen, its chain, the timing, and keeps the other detail keys', () => {
    const tls = brokenRun().checks.find((c) => c.id === 'tls:assist.zoho.com:443')!;
    if (tls.kind !== 'tls' || !tls.detail || !('certificate' in tls.detail))
      throw new Error('sample');
    const leaf = tls.detail.certificate!;
    const root = { ...leaf, subject: 'CN=Example Inspector CA, O=Example Corp' };
    // As probeTls writes it for an untrusted chain.
    const items = evidenceOf({
      ...tls,
      detail: {
        certificate: leaf,
        chain: [leaf, root],
        protocol: 'TLSv1.3',
        cipher: 'TLS_AES_256_GCM_SHA384',
        servername: 'assist.zoho.com',
        authorizationError: { code: 'SELF_SIGNED_CERT_IN_CHAIN' },
      },
    });
    expect(items.map((i) => i.rawKey ?? i.key)).toEqual([
      'target',
      'duration',
      'certSubject',
      'certIssuer',
      'certValidFrom',
      'certValidTo',
      'certFingerprint',
      'certSerial',
      'certChain',
      'protocol',
      'cipher',
      'servername',
      'authorizationError',
    ]);
    expect(items.find((i) => i.key === 'certChain')?.value).toBe(
      'CN=assist.zoho.com → CN=Example Inspector CA, O=Example Corp',
    );
    expect(items.find((i) => i.key === 'certIssuer')?.value).toBe(
      'CN=Example Inspector CA, O=Example Corp',
    );
    expect(items.at(-1)).toEqual({
      key: 'other',
      rawKey: 'authorizationError',
      value: '{"code":"SELF_SIGNED_CERT_IN_CHAIN"}',
    });
  });

  it('shows the HTTP status of the response the probe saw, and who answered', () => {
    const http = brokenRun().checks.find((c) => c.kind === 'http')!;
    if (http.kind !== 'http') throw new Error('sample');
    const items = evidenceOf({
      ...http,
      verdict: 'http_blocked',
      detail: {
        request: '/',
        response: { status: 403, statusMessage: 'Forbidden', server: 'squid/6.1' },
      },
    });
    expect(items.find((i) => i.key === 'httpStatus')?.value).toBe('403 Forbidden');
    expect(items.filter((i) => i.key === 'other')).toEqual([
      { key: 'other', rawKey: 'request', value: '/' },
      { key: 'other', rawKey: 'response', value: '{"server":"squid/6.1"}' },
    ]);
  });

  it('names the raw error of a failed step, and the CONNECT answer of a proxy', () => {
    const tcp = brokenRun().checks.find((c) => c.verdict === 'proxy_refused')!;
    if (tcp.kind !== 'tcp') throw new Error('sample');
    const refused = evidenceOf(tcp);
    expect(refused.find((i) => i.key === 'proxy')?.value).toBe('http://proxy.example.test:8080');
    expect(refused.find((i) => i.key === 'httpStatus')?.value).toBe('403 Forbidden');
    const failed = evidenceOf({
      ...tcp,
      verdict: 'tcp_refused',
      detail: {
        attempts: [{ address: '127.0.0.1', error: { code: 'ECONNREFUSED' } }],
        elapsedMs: 3,
        error: { message: 'connect ECONNREFUSED 127.0.0.1:9', code: 'ECONNREFUSED', errno: -111 },
      },
    });
    expect(failed.find((i) => i.key === 'error')?.value).toBe(
      '{"message":"connect ECONNREFUSED 127.0.0.1:9","code":"ECONNREFUSED","errno":-111}',
    );
  });
});

describe('the check result schema', () => {
  it("refuses a detail of another shape than its kind's", () => {
    const http = brokenRun().checks.find((c) => c.kind === 'http')!;
    expect(checkResultSchema.safeParse(http).success).toBe(true);
    // The shape the report once looked for, which no probe writes.
    expect(checkResultSchema.safeParse({ ...http, detail: { statusCode: 403 } }).success).toBe(
      false,
    );
    expect(
      checkResultSchema.safeParse({ ...http, detail: { response: { status: '403' } } }).success,
    ).toBe(false);
    // A TLS detail on an http check is another kind's shape.
    const tls = brokenRun().checks.find((c) => c.kind === 'tls')!;
    expect(checkResultSchema.safeParse({ ...http, detail: tls.detail }).success).toBe(false);
  });
});

describe('asText', () => {
  it('shows empty values visibly and cuts long ones', () => {
    expect([asText(''), asText([]), asText(null), asText(['a', 1]), asText({ a: [1] })]).toEqual([
      '—',
      '[]',
      'null',
      'a, 1',
      '{"a":[1]}',
    ]);
    expect(asText('x'.repeat(500))).toHaveLength(401);
  });
});

describe('revealHiddenChars', () => {
  it('shows bidi overrides and zero-width characters as code points', () => {
    expect(revealHiddenChars('evil\u202Emoc.ohoz\u200B.x')).toBe('evil[U+202E]moc.ohoz[U+200B].x');
    expect(revealHiddenChars('日本語 ok')).toBe('日本語 ok');
  });
});

describe('one cause, and a PC that is not connected (issue 12)', () => {
  const fail = (host: string, verdict: 'tcp_timeout' | 'tls_intercepted', port = 443) =>
    check({
      id: `${verdict === 'tcp_timeout' ? 'tcp' : 'tls'}:${host}:${port}`,
      kind: verdict === 'tcp_timeout' ? 'tcp' : 'tls',
      target: { host, port },
      status: 'fail',
      verdict,
    });

  it('is one cause when every required host fails with one verdict, and the path points at its segment', () => {
    const checks = [fail('a.example', 'tcp_timeout'), fail('b.example', 'tcp_timeout', 80)];
    expect(commonCause(checks)).toMatchObject({
      verdict: 'tcp_timeout',
      segment: 'network',
      hosts: ['a.example', 'b.example'],
    });
    expect(findPathBreak(checks, null)).toMatchObject({
      breakAt: 'network',
      oneCause: { verdict: 'tcp_timeout', hosts: 2 },
    });
  });

  it('is no common cause when a host passes, when verdicts differ, or for one host only', () => {
    const ok = check({
      id: 'tcp:c.example:443',
      kind: 'tcp',
      target: { host: 'c.example', port: 443 },
      status: 'pass',
      verdict: 'ok',
    });
    expect(commonCause([fail('a.example', 'tcp_timeout'), ok])).toBeNull();
    expect(
      commonCause([fail('a.example', 'tcp_timeout'), fail('b.example', 'tls_intercepted')]),
    ).toBeNull();
    expect(commonCause([fail('a.example', 'tcp_timeout')])).toBeNull();
  });

  it('marks the picture offline when the connectivity check failed, and blames this PC', () => {
    const picture = findPathBreak(
      [
        check({ id: 'connectivity', kind: 'connectivity', status: 'fail', verdict: 'offline' }),
        check({ id: 'dns:a.example', kind: 'dns', status: 'skipped', verdict: 'skipped' }),
      ],
      { url: null, source: 'none' },
    );
    expect(picture).toMatchObject({ isOffline: true, breakAt: 'pc' });
    expect(picture.segments.map((s) => s.state)).toEqual([
      'broken',
      'absent',
      'unknown',
      'unknown',
    ]);
    expect(connectivityFailure([])).toBeNull();
  });
});
