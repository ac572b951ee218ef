import { describe, expect, it } from 'vitest';
import { matchesBypass } from './bypass-match';

describe('OS bypass lists', () => {
  it.each([
    ['intranet', ['<local>'], true],
    ['assist.zoho.com', ['<local>'], false],
    ['a.corp.example', ['*.corp.example'], true],
    ['corp.example', ['*.corp.example'], false],
    ['10.1.2.3', ['10.*'], true],
    ['assist.zoho.com', ['*.zoho.com'], true],
    ['ASSIST.ZOHO.COM.', ['*.zoho.com'], true],
    ['169.254.3.4', ['169.254/16'], true],
    ['169.255.3.4', ['169.254/16'], false],
    ['10.20.30.40', ['10.0.0.0/8'], true],
    ['host.corp', ['.corp'], true],
    ['corp', ['.corp'], true],
    ['notcorp', ['.corp'], false],
    ['localhost', ['localhost'], true],
    ['::1', ['::1'], true],
    ['fe80::1', ['fe80::/10'], true],
    ['proxy.corp', ['http://proxy.corp:8080'], true],
    ['assist.zoho.com', [], false],
  ])('%s with %j → %s', (host, list, expected) => {
    expect(matchesBypass(host, list)).toBe(expected);
  });
});
