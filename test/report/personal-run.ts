import { checkRunSchema, type CheckRun } from '../../src/shared/check-result';
import { brokenRun, check } from './sample-runs';

/** Personal values a redacted report must not contain, each planted somewhere in `personalRun()`. */
export const personal = {
  userName: 'yamada-taro',
  hostName: 'PC-YAMADA01',
  localIp: '192.168.10.23',
  publicIp: '203.0.113.99',
  ipv6: '2001:db8:85a3::8a2e:370:7334',
  email: 'taro.yamada@example.co.jp',
  sessionKey: '123456789',
  proxyUser: 'yamada',
  proxyPassword: 'Pa55w0rd!x',
};

export const personalProxyUrl = `http://${personal.proxyUser}:${personal.proxyPassword}@proxy.corp.example:8080`;

/** A run whose facts, messages and evidence carry every value of `personal`. */
export function personalRun(): CheckRun {
  const base = brokenRun();
  return checkRunSchema.parse({
    ...base,
    system: {
      ...base.system,
      hostname: personal.hostName,
      userName: personal.userName,
      homeDir: `C:\\Users\\${personal.userName}`,
      addresses: [personal.localIp, personal.ipv6],
      publicIp: personal.publicIp,
    },
    proxy: { url: 'http://proxy.corp.example:8080', source: 'flag' },
    checks: [
      ...base.checks,
      check({
        id: 'agent',
        kind: 'agent',
        status: 'warn',
        verdict: 'remote_agent_running',
        message: `Found C:\\Users\\${personal.userName}\\AppData\\Local\\ZohoMeeting on ${personal.hostName.toLowerCase()} (${personal.localIp}).`,
        detail: { running: [{ name: 'AnyDesk', processes: [{ pid: 4242, name: 'AnyDesk.exe' }] }] },
      }),
      check({
        id: 'http:assist.zoho.com:80',
        kind: 'http',
        target: { host: 'assist.zoho.com', port: 80 },
        status: 'fail',
        verdict: 'http_blocked',
        // A captive portal's redirect, as probeHttp records it: personal data in a header.
        detail: {
          request: '/',
          response: {
            status: 302,
            statusMessage: 'Found',
            location: `https://portal.corp.example/login?owner=${personal.email}&next=https://assist.zoho.com/join?key=${personal.sessionKey}`,
          },
        },
      }),
      check({
        id: 'proxy:proxy.corp.example:8080',
        kind: 'proxy',
        target: { host: 'proxy.corp.example', port: 8080 },
        status: 'fail',
        verdict: 'proxy_auth_required',
        message: `The proxy ${personalProxyUrl} asked for a sign-in (407) from ${personal.publicIp} / ${personal.ipv6}.`,
        // A raw error that echoes what was sent: the header, and the password.
        detail: {
          proxy: personalProxyUrl,
          error: {
            message: `Proxy-Authorization: Basic eWFtYWRhOlBhNTV3MHJkIXg= refused; echoed ${personal.proxyPassword}`,
            code: 'ERR_PROXY_AUTH',
          },
        },
      }),
    ],
  });
}
