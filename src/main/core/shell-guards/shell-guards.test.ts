import { describe, expect, it } from 'vitest';
import { builtInCatalog } from '../catalog/load-catalog';
import { appPageUrl } from './app-protocol';
import { isAllowedExternalUrl, isOwnFrame } from './shell-guards';

const own = appPageUrl;

describe('isOwnFrame (the IPC sender check)', () => {
  it('accepts our page in the top frame, with or without a hash', () => {
    expect(isOwnFrame({ url: own, isMainFrame: true }, own)).toBe(true);
    expect(isOwnFrame({ url: `${own}#network`, isMainFrame: true }, own)).toBe(true);
  });

  it('refuses iframes, other files, other schemes, queries and missing frames', () => {
    expect(isOwnFrame({ url: own, isMainFrame: false }, own)).toBe(false);
    expect(isOwnFrame({ url: 'file:///tmp/evil.html', isMainFrame: true }, own)).toBe(false);
    expect(isOwnFrame({ url: 'app://session-prep/evil.html', isMainFrame: true }, own)).toBe(false);
    expect(isOwnFrame({ url: 'https://evil.example/index.html', isMainFrame: true }, own)).toBe(
      false,
    );
    expect(isOwnFrame({ url: `${own}?x=1`, isMainFrame: true }, own)).toBe(false);
    expect(isOwnFrame({ url: 'not a url', isMainFrame: true }, own)).toBe(false);
    expect(isOwnFrame(null, own)).toBe(false);
  });
});

describe('isAllowedExternalUrl (the openExternal guard)', () => {
  const catalog = builtInCatalog();

  it('allows join links the validator built and https pages of the catalog’s hosts', () => {
    expect(isAllowedExternalUrl('https://assist.zoho.com/join?key=123456789', catalog)).toBe(true);
    expect(isAllowedExternalUrl('https://www.zoho.com/assist/help/', catalog)).toBe(true);
  });

  it('refuses other schemes, credentials, odd ports and look-alike hosts', () => {
    for (const url of [
      'http://www.zoho.com/',
      'file:///etc/passwd',
      'javascript:alert(1)',
      'https://user:pw@www.zoho.com/',
      'https://www.zoho.com:8443/',
      'https://zoho.com.evil.example/',
      'https://evilzoho.com/',
      'https://evil.example/?https://www.zoho.com/',
      'not a url',
    ]) {
      expect(isAllowedExternalUrl(url, catalog), url).toBe(false);
    }
  });
});
