import { describe, expect, it } from 'vitest';
import { wpadHosts, wpadUrl } from './wpad-candidates';

describe('WPAD candidate names walk up to the organisational domain, never past it', () => {
  it('a deep suffix, one label at a time, down to example.com', () => {
    expect(wpadHosts(['pc.tokyo.corp.example.com'])).toEqual([
      'wpad.pc.tokyo.corp.example.com',
      'wpad.tokyo.corp.example.com',
      'wpad.corp.example.com',
      'wpad.example.com',
    ]);
  });

  it('stops at example.co.jp: wpad.co.jp and wpad.jp are never asked', () => {
    expect(wpadHosts(['osaka.example.co.jp'])).toEqual([
      'wpad.osaka.example.co.jp',
      'wpad.example.co.jp',
    ]);
    expect(wpadHosts(['sales.example.ne.jp', 'example.com.au', 'branch.example.co.uk'])).toEqual([
      'wpad.sales.example.ne.jp',
      'wpad.example.ne.jp',
      'wpad.example.com.au',
      'wpad.branch.example.co.uk',
      'wpad.example.co.uk',
    ]);
  });

  it('a public suffix, a bare TLD or a single label gives nothing', () => {
    expect(wpadHosts(['co.jp', 'com', 'corp', 'lan', 'home', 'com.cn'])).toEqual([]);
  });

  it('an organisational domain itself is tried, once, even when two suffixes share it', () => {
    expect(wpadHosts(['example.com', 'a.example.com', 'EXAMPLE.com'])).toEqual([
      'wpad.example.com',
      'wpad.a.example.com',
    ]);
  });

  it('the script lives at /wpad.dat over plain HTTP', () => {
    expect(wpadUrl('wpad.example.co.jp')).toBe('http://wpad.example.co.jp/wpad.dat');
  });
});
