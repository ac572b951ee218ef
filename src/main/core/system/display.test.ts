import { afterEach, describe, expect, it } from 'vitest';
import { osFixture } from '../../../../test/fixtures/os/read-fixture';
import { builtInCatalog } from '../catalog/load-catalog';
import { translator } from '../../../shared/i18n';
import { checkDisplays } from './display-check';
import { parseXrandr, probeLinuxDisplays, xrandrCommand } from './display-linux';
import { macosDisplaysCommand, parseMacosDisplays } from './display-macos';
import { scaleFromAppliedDpi, windowsAppliedDpiCommand } from './display-probe';
import { lineEndingVariants } from '../../../../test/fixtures/os/read-fixture';
import type { TestProcess } from '../../../../test/fixtures/processes';
import { startXvfb } from '../../../../test/fixtures/xvfb';

const en = { t: translator('en'), catalog: builtInCatalog() };
const ja = { t: translator('ja'), catalog: builtInCatalog() };

let xvfb: TestProcess | undefined;
afterEach(() => {
  xvfb?.kill();
  xvfb = undefined;
});

async function startX(width: number, height: number): Promise<string> {
  const started = await startXvfb(width, height);
  xvfb = started.server;
  return started.display;
}

describe('displays on Linux', () => {
  it('reads the screen of a real X server with xrandr', async () => {
    const display = await startX(1280, 1024);
    const found = await probeLinuxDisplays({ ...process.env, DISPLAY: display });
    expect(found).toEqual([
      {
        name: 'screen',
        width: 1280,
        height: 1024,
        scalePercent: null,
        isMain: true,
        isBuiltin: null,
        connection: 'screen',
      },
    ]);
    expect(checkDisplays(found, en)).toMatchObject({
      status: 'pass',
      verdict: 'ok',
      message: 'One display: screen, 1280×1024. This screen will be shared.',
    });
  });

  it('finds no display without a graphical session, and says so instead of passing', async () => {
    const none = await probeLinuxDisplays({ PATH: process.env.PATH });
    expect(none).toEqual([]);
    expect(checkDisplays(none, ja)).toMatchObject({ status: 'warn', verdict: 'display_none' });
    expect(await probeLinuxDisplays({ WAYLAND_DISPLAY: 'wayland-0' })).toBe(
      'a Wayland session without XWayland',
    );
  });

  it('runs xrandr --query without a shell', () =>
    expect(xrandrCommand).toEqual({ file: 'xrandr', args: ['--query'], timeoutMs: 5000 }));

  // Hand-written in xrandr's documented output format (two outputs, the external one primary, one off).
  it('takes the primary output as the shared one and skips outputs that are off', () => {
    const text = [
      'Screen 0: minimum 320 x 200, current 4480 x 1440, maximum 16384 x 16384',
      'eDP-1 connected 1920x1080+2560+0 (normal left inverted right x axis y axis) 344mm x 193mm',
      'HDMI-1 connected primary 2560x1440+0+0 (normal left inverted right x axis y axis) 597mm x 336mm',
      'DP-1 connected (normal left inverted right x axis y axis)',
      'DP-2 disconnected (normal left inverted right x axis y axis)',
    ].join('\n');
    const found = parseXrandr(text);
    expect(found.map((d) => [d.name, d.width, d.isMain, d.isBuiltin])).toEqual([
      ['eDP-1', 1920, false, true],
      ['HDMI-1', 2560, true, null],
    ]);
    expect(checkDisplays(found, en).message).toBe(
      '2 displays. The main display (HDMI-1, 2560×1440) will be shared first.',
    );
  });
});

describe('displays on macOS (system_profiler SPDisplaysDataType)', () => {
  it('runs system_profiler with the data type only', () =>
    expect(macosDisplaysCommand.args).toEqual(['SPDisplaysDataType']));

  it.each(
    lineEndingVariants(osFixture('macos/system_profiler-SPDisplaysDataType-text-apple-m3.txt')),
  )('reads the built-in Retina and the external display ($name)', ({ text }) => {
    const found = parseMacosDisplays(text);
    expect(found).toEqual([
      {
        name: 'Color LCD',
        width: 3024,
        height: 1964,
        scalePercent: 200,
        isMain: true,
        isBuiltin: true,
        connection: 'Internal',
      },
      {
        name: 'ILD-A27FHD-B',
        width: 1920,
        height: 1080,
        scalePercent: 100,
        isMain: false,
        isBuiltin: null,
        connection: null,
      },
    ]);
    expect(checkDisplays(found, ja).message).toBe(
      'ディスプレイが 2 台あります。まずメイン ディスプレイ（Color LCD, 3024×1964、拡大率 200%）が共有されます。',
    );
  });
});

describe('scaling on Windows (AppliedDPI)', () => {
  it('queries the per-user DPI', () => {
    expect(windowsAppliedDpiCommand).toEqual({
      file: 'reg',
      args: ['query', 'HKCU\\Control Panel\\Desktop\\WindowMetrics', '/v', 'AppliedDPI'],
      timeoutMs: 5000,
    });
  });

  // reg query's layout, as in the captured fixtures; the DPI values are Windows' scale steps.
  it.each([
    ['0x60', 100],
    ['0x78', 125],
    ['0x90', 150],
    ['0xc0', 200],
  ])('AppliedDPI %s is %i%%', (hex, percent) => {
    const text = `\r\nHKEY_CURRENT_USER\\Control Panel\\Desktop\\WindowMetrics\r\n    AppliedDPI    REG_DWORD    ${hex}\r\n\r\n`;
    expect(scaleFromAppliedDpi(text)).toBe(percent);
  });

  it('has no scale when the value is missing', () =>
    expect(
      scaleFromAppliedDpi(
        'ERROR: The system was unable to find the specified registry key or value.\r\n',
      ),
    ).toBeNull());

  it('never passes when the displays could not be read', () => {
    expect(checkDisplays('xrandr: not_found', en)).toMatchObject({
      status: 'warn',
      verdict: 'not_determined',
    });
  });
});
