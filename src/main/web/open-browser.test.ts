import { describe, expect, it } from 'vitest';
import { browserCommand, hasDisplay } from './open-browser';

describe('opening the default browser', () => {
  const url = 'https://assist.zoho.com/join?key=123&x="a b"';

  it('passes the URL as one argument, never through a shell', () => {
    expect(browserCommand('linux', url)).toEqual({ file: 'xdg-open', args: [url] });
    expect(browserCommand('darwin', url)).toEqual({ file: 'open', args: [url] });
    expect(browserCommand('win32', url)).toEqual({
      file: 'rundll32',
      args: ['url.dll,FileProtocolHandler', url],
    });
  });

  it('knows a Linux session without a display cannot show a browser', () => {
    expect(hasDisplay('linux', {})).toBe(false);
    expect(hasDisplay('linux', { DISPLAY: ':0' })).toBe(true);
    expect(hasDisplay('linux', { WAYLAND_DISPLAY: 'wayland-0' })).toBe(true);
    expect(hasDisplay('win32', {})).toBe(true);
  });
});
