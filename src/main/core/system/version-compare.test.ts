import { describe, expect, it } from 'vitest';
import { compareVersions, firstVersionIn } from './version-compare';

describe('versions', () => {
  it.each([
    ['10.0.22631', '6.1', 1],
    ['10.13', '10.13.0', 0],
    ['6.0.6002', '6.1', -1],
    ['115.6.0', '115', 1],
    ['12', '7', 1],
  ])('%s vs %s', (a, b, sign) => expect(compareVersions(a, b)).toBe(sign));

  it('finds the version in a browser banner', () => {
    expect(firstVersionIn('Chromium 156.0.8078.79 built on Debian GNU/Linux 12 (bookworm)')).toBe(
      '156.0.8078.79',
    );
    expect(firstVersionIn('Mozilla Firefox 115.6.0esr')).toBe('115.6.0');
    expect(firstVersionIn('Opera 105')).toBe('105');
    expect(firstVersionIn('none')).toBeUndefined();
  });
});
