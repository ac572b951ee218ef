import { describe, expect, it } from 'vitest';
import { redactDocument, Redactor } from './redact';

describe('Redactor', () => {
  it('always removes proxy credentials, even without redaction', () => {
    const r = new Redactor({ redact: false, secrets: ['s3cr3t!'] });
    expect(r.text('via http://alice:s3cr3t!@proxy.corp:8080 then')).toBe(
      'via http://<credentials>@proxy.corp:8080 then',
    );
    expect(r.text('Proxy-Authorization: Basic YWxpY2U6czNjcjN0IQ==')).toBe(
      'Proxy-Authorization: <credentials>',
    );
    expect(r.text('proxy alice:pw@proxy.corp:3128')).toBe('proxy <credentials>@proxy.corp:3128');
    expect(r.text('the password s3cr3t! leaked')).toBe('the password <credentials> leaked');
    expect(r.text('mail tanaka@example.co.jp, host 10.1.2.3')).toBe(
      'mail tanaka@example.co.jp, host 10.1.2.3',
    );
    expect(r.counts().credential).toBe(4);
  });

  it('replaces user names found in home paths everywhere, consistently', () => {
    const { value, counts } = redactDocument(
      {
        a: 'Hello Taro Yamada and tanaka',
        b: 'C:\\Users\\tanaka\\AppData\\Local\\ZohoMeeting',
        c: 'C:\\Users\\Taro Yamada\\Desktop',
        d: '/home/suzuki/.config and /Users/TANAKA/Library',
        e: 'C:\\Users\\Public\\Desktop',
      },
      { redact: true },
    );
    expect(value).toEqual({
      a: 'Hello <user-2> and <user-1>',
      b: 'C:\\Users\\<user-1>\\AppData\\Local\\ZohoMeeting',
      c: 'C:\\Users\\<user-2>\\Desktop',
      d: '/home/<user-3>/.config and /Users/<user-1>/Library',
      e: 'C:\\Users\\Public\\Desktop',
    });
    expect(counts.user).toBe(3);
  });

  it('replaces host names, IPs, MACs, e-mails and session keys', () => {
    const r = new Redactor({
      redact: true,
      hostNames: ['pc-tanaka.corp.example'],
      userNames: ['田中'],
    });
    const text = r.text(
      'pc-tanaka.corp.example (PC-TANAKA) 192.168.1.20 and 203.0.113.7, fe80::1c2b:3dff:fe4e:5f60%eth0, ' +
        '2001:db8::42, aa:bb:cc:dd:ee:ff, sato@example.com, https://join.zoho.com/join?key=123456789 ' +
        'key 9876543210; 田中さん; 192.168.1.20 again',
    );
    expect(text).toBe(
      '<host-1> (<host-2>) <ip-1> and <ip-2>, <ip-3>, <ip-4>, <mac-1>, <email-1>, https://join.zoho.com/join?key=<key-1> ' +
        'key <key-2>; <user-1>さん; <ip-1> again',
    );
  });

  it('keeps what is evidence and not personal: sinkholes, versions, times, fingerprints, durations', () => {
    const r = new Redactor({ redact: true });
    const kept = [
      'DNS answered 0.0.0.0 and 127.0.0.1 and ::',
      'Windows 10.0.22631.4460 at 2026-11-25T09:10:28.000Z',
      'AB:CD:EF:01:23:45:67:89:AB:CD:EF:01:23:45:67:89:AB:CD:EF:01:23:45:67:89:AB:CD:EF:01:23:45:67:89',
      'took 12345 ms, port 8443, 1764061234567 ms since epoch',
    ];
    for (const text of kept) expect(r.text(text)).toBe(text);
    expect(r.counts()).toEqual({
      user: 0,
      host: 0,
      ip: 0,
      mac: 0,
      email: 0,
      key: 0,
      domain: 0,
      credential: 0,
    });
  });

  it('redacts object keys too', () => {
    const { value } = redactDocument(
      { hosts: { '10.0.0.5': 'PROXY 10.0.0.5:8080' } },
      { redact: true },
    );
    expect(value).toEqual({ hosts: { '<ip-1>': 'PROXY <ip-1>:8080' } });
  });
});
