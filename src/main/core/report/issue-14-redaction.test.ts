import { describe, expect, it } from 'vitest';
import { brokenRun } from '../../../../test/report/sample-runs';
import type { CheckRun } from '../../../shared/check-result';
import { Redactor } from './redact';
import { renderReport } from './render-report';

// Issue 14: each value the redaction let through, and the report that lists what stays visible.
describe('issue 14: redaction', () => {
  const r = () =>
    new Redactor({
      redact: true,
      homeDirs: ['/srv/profiles/tanaka', 'D:\\Profiles\\Yamada Taro'],
      hostNames: ['PC-0142.corp.example.local'],
      dnsDomains: ['corp.example.local'],
      keptDomains: ['*.zoho.com'],
    });

  it('hides the home folder of the run, whatever its path, and the user name it ends in', () => {
    const x = r();
    expect(x.text('/srv/profiles/tanaka/.config/session-prep/journal.json')).toBe(
      '<home>/.config/session-prep/journal.json',
    );
    expect(x.text('d:/profiles/yamada taro/AppData/Local/ZohoMeeting')).toBe(
      '<home>/AppData/Local/ZohoMeeting',
    );
    expect(x.text('owner tanaka')).toBe('owner <user-1>');
    // Another folder that merely starts like it is not the home.
    expect(x.text('/srv/profiles/tanakasan')).toBe('/srv/profiles/tanakasan');
  });

  it('hides an IPv4-mapped IPv6 address whole (no octet stays)', () => {
    expect(r().text('from ::ffff:10.1.2.3 and [::FFFF:10.1.2.4]:443')).toBe(
      'from <ip-1> and [<ip-2>]:443',
    );
  });

  it('hides MACs written aabb.ccdd.eeff or AABBCCDDEEFF', () => {
    expect(r().text('mac aabb.ccdd.eeff, AABBCCDDEEFF, 00:11:22:33:44:55')).toBe(
      'mac <mac-1>, <mac-2>, <mac-3>',
    );
  });

  it('hides the PC’s DNS domain in every host name, but not the vendor’s hosts', () => {
    expect(
      r().text('PC-0142.corp.example.local asked wpad.corp.example.local, then assist.zoho.com'),
    ).toBe('<host-1> asked wpad.<domain-1>, then assist.zoho.com');
  });

  it('hides session keys written 123-456-789 or 123 456 789, as the same key', () => {
    const x = r();
    expect(x.text('key 123-456-789, again 123 456 789, bare 123456789')).toBe(
      'key <key-1>, again <key-1>, bare <key-1>',
    );
  });

  it('removes a Negotiate, NTLM, Basic or Digest credential without its header name', () => {
    const x = new Redactor({ redact: false });
    expect(x.text('Negotiate YIIGhgYGKwYBBQUCoIIGejCCBnagMDAuBgkqhkiC9xIBAgIG')).toBe(
      'Negotiate <credentials>',
    );
    expect(x.text('NTLM TlRMTVNTUAABAAAAB4IIogAAAAAAAAAAAAAAAAAAAAAGAbEdAAAADw==')).toBe(
      'NTLM <credentials>',
    );
    expect(x.text('Basic dXNlcjpwYXNz')).toBe('Basic <credentials>');
    expect(x.text('Digest username="bob", realm="corp", response="6629fae4"')).toBe(
      'Digest <credentials>',
    );
    // Words, not credentials.
    expect(x.text('The proxy asks for Basic authentication; Negotiate with IT.')).toBe(
      'The proxy asks for Basic authentication; Negotiate with IT.',
    );
  });

  it('a redacted report lists what stays visible, in JSON and HTML, in the report’s language', () => {
    const run: CheckRun = {
      ...brokenRun(),
      system: { hostname: 'PC-0142.corp.example.local', home: '/srv/profiles/tanaka' },
      notTested: ['wpad.corp.example.local did not answer; ::ffff:10.1.2.3; key 123 456 789'],
    };
    const names = {
      userNames: [],
      hostNames: [],
      homeDirs: ['/srv/profiles/tanaka'],
      dnsDomains: ['corp.example.local'],
    };
    const json = renderReport(run, { redact: true, lang: 'en', names, format: 'json' });
    for (const leak of ['tanaka', 'corp.example', '10.1.2.3', '123 456 789', '.1.2.3'])
      expect(json.content, leak).not.toContain(leak);
    const doc = JSON.parse(json.content) as { visibleAfterRedaction: string[] };
    expect(doc.visibleAfterRedaction).toHaveLength(7);
    expect(doc.visibleAfterRedaction[0]).toContain('The vendor’s host names');
    const html = renderReport(run, { redact: true, lang: 'ja', names, format: 'html' }).content;
    expect(html).toContain('個人情報を伏せた後も表示される情報');
    expect(html).toContain('data-testid="report-visible"');
    const plain = JSON.parse(
      renderReport(run, { redact: false, lang: 'en', names, format: 'json' }).content,
    ) as { visibleAfterRedaction?: string[] };
    expect(plain.visibleAfterRedaction).toBeUndefined();
  });
});
