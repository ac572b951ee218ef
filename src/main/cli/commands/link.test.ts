import { describe, expect, it } from 'vitest';
import { testIo } from '../cli-test-io';
import { main } from '../index';

describe('session-prep link', () => {
  it('prints exactly {url, key, dataCentre} with --json', async () => {
    const { io, out } = testIo();
    expect(
      await main(
        ['link', 'https://join.zoho.eu/assist-join?key=418617324&email=a%40b.eu', '--json'],
        io,
      ),
    ).toBe(0);
    expect(out()).toBe(
      '{"url":"https://join.zoho.eu/assist-join?key=418617324","key":"418617324","dataCentre":"eu"}\n',
    );
  });

  it('gives null for the data centre of a bare key typed in full-width', async () => {
    const { io, out } = testIo();
    expect(await main(['link', '１２３－４５６－７８９', '--json'], io)).toBe(0);
    expect(JSON.parse(out())).toEqual({
      url: 'https://join.zoho.com/assist-join?key=123456789',
      key: '123456789',
      dataCentre: null,
    });
  });

  it('refuses a lookalike with exit 2 and the reason, printing nothing on stdout', async () => {
    const { io, out, err } = testIo({ lang: 'ja' });
    expect(await main(['link', 'https://assist.zоho.com/join?key=123456789', '--json'], io)).toBe(
      2,
    );
    expect(out()).toBe('');
    expect(err()).toContain('Zoho Assist に見せかけたもの');
  });

  it('exits 2 without TEXT', async () => {
    const { io, err } = testIo();
    expect(await main(['link'], io)).toBe(2);
    expect(err()).toContain('session-prep link');
  });
});
