import { checkRunSchema, type CheckRun } from '../../src/shared/check-result';
import { brokenRun, check } from './sample-runs';

/** Strings that would run script or fake text if a report pasted them into HTML unescaped. */
export const hostile = {
  script: '<script>window.__pwned=1;alert(1)</script>',
  imgHost: 'evil.example"><img src=x onerror="window.__pwned=1">',
  jsUrl: 'javascript:window.__pwned=1',
  svg: 'O="><svg onload=window.__pwned=1>',
  titleBreak: 'Zoho</title><script>window.__pwned=1</script>',
  styleBreak: '</style><script>window.__pwned=1</script>',
  proxyUrl: 'http://proxy.test:8080/"><script>window.__pwned=1</script>',
  rtl: 'invoice\u202Egnp.exe',
  zeroWidth: 'zoho\u200B.com',
};

/** A schema-valid run with `hostile` strings in host names, messages, certificates, proxy, catalog and facts. */
export function hostileRun(): CheckRun {
  const base = brokenRun();
  return checkRunSchema.parse({
    ...base,
    catalog: { id: 'x', name: hostile.titleBreak },
    proxy: { url: hostile.proxyUrl, source: 'flag' },
    system: { [hostile.imgHost]: hostile.script, hostname: hostile.rtl, os: hostile.zeroWidth },
    notTested: [hostile.styleBreak],
    checks: [
      check({
        id: `tls:${hostile.imgHost}:443`,
        kind: 'tls',
        target: { host: hostile.imgHost, port: 443 },
        status: 'fail',
        verdict: 'tls_intercepted',
        message: hostile.script,
        fix: hostile.jsUrl,
        // The shape probeTls writes, with hostile text where a certificate carries text.
        detail: {
          certificate: {
            subject: `CN=${hostile.script}`,
            issuer: hostile.svg,
            validFrom: '2026-01-01T00:00:00.000Z',
            validTo: hostile.styleBreak,
            fingerprint256: hostile.rtl,
            serialNumber: hostile.zeroWidth,
            subjectAltName: `DNS:${hostile.jsUrl}`,
          },
          servername: hostile.imgHost,
        },
      }),
      check({
        id: 'dns:x',
        kind: 'dns',
        target: { host: hostile.zeroWidth },
        status: 'pass',
        verdict: 'ok',
        message: hostile.rtl,
      }),
    ],
  });
}
