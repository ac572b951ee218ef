import { describe, expect, it } from 'vitest';
import { builtInCatalog } from '../catalog/load-catalog';
import { checkLink, dataCentreHosts, isOpenableJoinUrl } from './validate-link';

const catalog = builtInCatalog();
const check = (text: string) => checkLink(text, catalog.join);

// Inputs a customer really pastes, each with the URL we expect to open.
const accepted: [string, string, string, string | null][] = [
  [
    'https://assist.zoho.com/join?role=A&key=880567893&email=john%40zylker.com',
    'https://assist.zoho.com/join?key=880567893',
    '880567893',
    'us',
  ],
  [
    'https://assist.zoho.com/join?role=A&key=880567893',
    'https://assist.zoho.com/join?key=880567893',
    '880567893',
    'us',
  ],
  [
    'https://join.zoho.com/assist-join?key=306236250&language=en&email=a%40b.jp',
    'https://join.zoho.com/assist-join?key=306236250',
    '306236250',
    'us',
  ],
  [
    'https://join.zoho.com/106052736',
    'https://join.zoho.com/assist-join?key=106052736',
    '106052736',
    'us',
  ],
  [
    'https://join.zoho.eu/418617324/',
    'https://join.zoho.eu/assist-join?key=418617324',
    '418617324',
    'eu',
  ],
  [
    'https://assist.zoho.jp/assist-join?key=418617324',
    'https://assist.zoho.jp/join?key=418617324',
    '418617324',
    'jp',
  ],
  [
    'https://assist.zoho.com.au/join?key=1234567890',
    'https://assist.zoho.com.au/join?key=1234567890',
    '1234567890',
    'au',
  ],
  [
    'https://assist.zohocloud.ca/join?key=123456789',
    'https://assist.zohocloud.ca/join?key=123456789',
    '123456789',
    'ca',
  ],
  [
    'HTTPS://ASSIST.ZOHO.IN/join?key=123456789',
    'https://assist.zoho.in/join?key=123456789',
    '123456789',
    'in',
  ],
  [
    'https://assist.zoho.com:443/join?key=123456789',
    'https://assist.zoho.com/join?key=123456789',
    '123456789',
    'us',
  ],
  [
    '  https://assist.zoho.com/join?key=123456789\n',
    'https://assist.zoho.com/join?key=123456789',
    '123456789',
    'us',
  ],
  [
    '<https://assist.zoho.com/join?key=123456789>',
    'https://assist.zoho.com/join?key=123456789',
    '123456789',
    'us',
  ],
  [
    'assist.zoho.uk/join?key=123456789',
    'https://assist.zoho.uk/join?key=123456789',
    '123456789',
    'uk',
  ],
  [
    'https://assist.zoho.com/join?key=123-456-789',
    'https://assist.zoho.com/join?key=123456789',
    '123456789',
    'us',
  ],
  // Bare keys: typed grouped, with full-width digits, full-width hyphens or the long-vowel mark.
  ['880567893', 'https://join.zoho.com/assist-join?key=880567893', '880567893', null],
  ['123 456 789', 'https://join.zoho.com/assist-join?key=123456789', '123456789', null],
  ['123-456-789', 'https://join.zoho.com/assist-join?key=123456789', '123456789', null],
  ['１２３４５６７８９', 'https://join.zoho.com/assist-join?key=123456789', '123456789', null],
  ['１２３－４５６－７８９', 'https://join.zoho.com/assist-join?key=123456789', '123456789', null],
  ['１２３ー４５６ー７８９', 'https://join.zoho.com/assist-join?key=123456789', '123456789', null],
  [
    '１２３\u3000４５６\u3000７８９',
    'https://join.zoho.com/assist-join?key=123456789',
    '123456789',
    null,
  ],
  ['\t 123.456.789 ', 'https://join.zoho.com/assist-join?key=123456789', '123456789', null],
  [
    'ｈｔｔｐｓ：／／assist.zoho.com／join？key＝１２３４５６７８９',
    'https://assist.zoho.com/join?key=123456789',
    '123456789',
    'us',
  ],
];

// Hostile or broken inputs, each with the reason it is refused.
const refusedInputs: [string, string][] = [
  ['', 'empty'],
  ['   \n', 'empty'],
  ['http://assist.zoho.com/join?key=123456789', 'not_https'],
  ['javascript:alert(document.cookie)//https://assist.zoho.com/join?key=123456789', 'bad_scheme'],
  ['JavaScript:alert(1)', 'bad_scheme'],
  ['ｊａｖａｓｃｒｉｐｔ：alert(1)', 'bad_scheme'],
  ['file:///C:/Windows/System32/calc.exe', 'bad_scheme'],
  ['data:text/html,<script>alert(1)</script>', 'bad_scheme'],
  ['zohoassistlaunch://start?key=123456789', 'bad_scheme'],
  ['ftp://assist.zoho.com/join?key=123456789', 'bad_scheme'],
  ['https://assist.zoho.com@evil.example/join?key=123456789', 'userinfo'],
  ['https://user:pass@assist.zoho.com/join?key=123456789', 'userinfo'],
  ['https://evil.example\\@assist.zoho.com/join?key=123456789', 'userinfo'],
  ['https://assist.zoho.com.evil.example/join?key=123456789', 'lookalike_host'],
  ['https://evil.example/assist.zoho.com/join?key=123456789', 'unknown_host'],
  ['https://evil.example/join?key=123456789', 'unknown_host'],
  ['https://127.0.0.1/join?key=123456789', 'unknown_host'],
  ['https://assist-zoho.com/join?key=123456789', 'lookalike_host'],
  ['https://assist.zoh0.com/join?key=123456789', 'lookalike_host'],
  ['https://assist.zoho.co/join?key=123456789', 'lookalike_host'],
  ['https://zoho.com/join?key=123456789', 'lookalike_host'],
  ['https://assist.zoho.com./join?key=123456789', 'lookalike_host'],
  ['https://assist.zоho.com/join?key=123456789', 'lookalike_host'], // Cyrillic о
  ['https://аssist.zoho.com/join?key=123456789', 'lookalike_host'], // Cyrillic а
  ['https://assist.xn--zho-sed.com/join?key=123456789', 'lookalike_host'],
  ['https://xn--ssist-3ve.zoho.com/join?key=123456789', 'lookalike_host'],
  ['https://assist.zoho.com:8443/join?key=123456789', 'bad_port'],
  ['https://assist.zoho.com:80/join?key=123456789', 'bad_port'],
  ['https://assist.zoho.com\u200B/join?key=123456789', 'hidden_characters'],
  ['https://assist.zoho.com/join?key=123456789\u202E', 'hidden_characters'],
  ['https://assist.zoho.com/join', 'no_key'],
  ['https://join.zoho.com/', 'no_key'],
  ['https://assist.zoho.com/join?key=12345678O', 'key_not_numeric'],
  ['12345678O', 'key_not_numeric'],
  ['abc-def-ghi', 'key_not_numeric'],
  ['12345678', 'key_length'],
  ['12345678901', 'key_length'],
  ['https://assist.zoho.com/join?key=12345', 'key_length'],
  ['https://assist.zoho.com/join key=123456789', 'unparseable'],
  ['x'.repeat(3000), 'too_long'],
];

describe('checkLink', () => {
  it.each([
    [
      '招待リンク: https://join.zoho.com/assist-join?key=987654321 よろしくお願いします',
      '987654321',
    ],
    ['招待リンク：https://join.zoho.com/assist-join?key=987654321。', '987654321'],
    ['Join here <https://assist.zoho.com/join?key=880567893>, thanks.', '880567893'],
  ])('finds the one link in a pasted mail line %j and checks it strictly', (input, key) => {
    const result = check(input);
    expect(result.ok && result.link.key).toBe(key);
  });

  it('refuses a mail line whose link is not a join host, and one with two different links', () => {
    expect(
      check('リンク: https://join.zoho.com.evil.example/assist-join?key=987654321 です'),
    ).toMatchObject({ ok: false });
    expect(
      check(
        'https://join.zoho.com/assist-join?key=987654321 か https://join.zoho.com/assist-join?key=123456789',
      ),
    ).toEqual({ ok: false, reason: 'unparseable' });
  });

  it.each(accepted)('accepts %j', (input, url, key, dataCentre) => {
    expect(check(input)).toEqual({ ok: true, link: { url, key, dataCentre } });
  });

  it.each(refusedInputs)('refuses %j', (input, reason) => {
    const result = check(input);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toBe(reason);
  });

  it('names a homograph by its punycode, so the difference shows', () => {
    expect(check('https://assist.zоho.com/join?key=123456789')).toEqual({
      ok: false,
      reason: 'lookalike_host',
      host: 'assist.xn--zho-sed.com',
    });
  });

  it('uses the catalog’s key length', () => {
    const join = {
      hosts: [{ host: 'assist.zoho.com', dataCentre: 'us' }],
      keyDigits: { min: 6, max: 6 },
    };
    expect(checkLink('123456', join).ok).toBe(true);
    expect(checkLink('123456789', join)).toMatchObject({
      ok: false,
      reason: 'key_length',
      min: 6,
      max: 6,
    });
  });

  it('says so when the catalog names no join hosts', () => {
    expect(checkLink('123456789', undefined)).toEqual({ ok: false, reason: 'no_join_hosts' });
    expect(checkLink('https://assist.zoho.com/join?key=123456789', undefined)).toEqual({
      ok: false,
      reason: 'no_join_hosts',
    });
  });

  it('never answers with the input echoed', () => {
    const result = check(
      'https://assist.zoho.com/join?key=123456789&next=javascript:alert(1)#frag',
    );
    expect(result).toEqual({
      ok: true,
      link: {
        url: 'https://assist.zoho.com/join?key=123456789',
        key: '123456789',
        dataCentre: 'us',
      },
    });
  });
});

describe('isOpenableJoinUrl (the shell’s openExternal guard)', () => {
  it('opens only URLs the validator built', () => {
    expect(isOpenableJoinUrl('https://assist.zoho.com/join?key=123456789', catalog)).toBe(true);
    expect(isOpenableJoinUrl('https://join.zoho.com/assist-join?key=123456789', catalog)).toBe(
      true,
    );
    expect(isOpenableJoinUrl('https://assist.zoho.com/join?role=A&key=123456789', catalog)).toBe(
      false,
    );
    expect(
      isOpenableJoinUrl('https://assist.zoho.com@evil.example/join?key=123456789', catalog),
    ).toBe(false);
    expect(isOpenableJoinUrl('123456789', catalog)).toBe(false);
    expect(isOpenableJoinUrl('file:///etc/passwd', catalog)).toBe(false);
  });
});

describe('dataCentreHosts', () => {
  it('gives the data centre’s hosts and the global ones, nothing from other regions', () => {
    const jp = dataCentreHosts(catalog, 'jp');
    expect(jp).toContain('assist.zoho.jp');
    expect(jp).toContain('gateway.zohoassist.com');
    expect(jp).not.toContain('assist.zoho.com');
    expect(jp).not.toContain('assist.zoho.eu');
  });
});
