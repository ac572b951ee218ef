import { readFileSync } from 'node:fs';
import { runToCompletion } from '../../../../test/fixtures/processes';
import { describe, expect, it } from 'vitest';
import { builtInCatalog } from '../catalog/load-catalog';
import { translator } from '../../../shared/i18n';
import { checkOs } from './os-check';
import { isOs64Bit, osArchitecture } from '../os/platform';
import { probeOs, windowsOsCommands } from './os-probe';
import { parseOsRelease } from './linux-release';

const en = { t: translator('en'), catalog: builtInCatalog() };
const ja = { t: translator('ja'), catalog: builtInCatalog() };

describe('the OS probe on this Linux machine', () => {
  it('reports what /etc/os-release and uname say', async () => {
    const probe = await probeOs('linux', process.env);
    const fields = parseOsRelease(readFileSync('/etc/os-release', 'utf8'));
    const machine = runToCompletion('uname', ['-m']).trim();
    expect(probe).toEqual({
      ok: true,
      facts: expect.objectContaining({
        platform: 'linux',
        name: fields.PRETTY_NAME,
        version: fields.VERSION_ID,
        arch: machine,
        is64Bit: machine === 'x86_64' || machine === 'aarch64',
      }),
    });
  });

  it('gives a true os verdict for this machine (Debian 12 ≥ the catalog minimum 7)', async () => {
    const f = checkOs(await probeOs('linux', process.env), en);
    expect(f.status).toBe('pass');
    expect(f.verdict).toBe('ok');
    expect(f.message).toContain(
      parseOsRelease(readFileSync('/etc/os-release', 'utf8')).PRETTY_NAME ?? '?',
    );
  });
});

describe('Windows OS probe commands', () => {
  it('reads CurrentVersion and ProductType with reg, as argument arrays', () => {
    expect(windowsOsCommands()).toEqual([
      {
        file: 'reg',
        args: ['query', 'HKLM\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion'],
        timeoutMs: 5000,
      },
      {
        file: 'reg',
        args: [
          'query',
          'HKLM\\SYSTEM\\CurrentControlSet\\Control\\ProductOptions',
          '/v',
          'ProductType',
        ],
        timeoutMs: 5000,
      },
    ]);
  });

  it('says 64-bit for a 32-bit process on 64-bit Windows', () => {
    expect(
      osArchitecture('i686', { PROCESSOR_ARCHITECTURE: 'x86', PROCESSOR_ARCHITEW6432: 'AMD64' }),
    ).toEqual({ arch: 'AMD64', is64Bit: true });
    expect(osArchitecture('i686', { PROCESSOR_ARCHITECTURE: 'x86' })).toEqual({
      arch: 'i686',
      is64Bit: false,
    });
    expect(osArchitecture('arm64', {})).toEqual({ arch: 'arm64', is64Bit: true });
    expect(
      isOs64Bit({ PROCESSOR_ARCHITECTURE: 'x86', PROCESSOR_ARCHITEW6432: 'AMD64' }, 'i686'),
    ).toBe(true);
    expect(isOs64Bit({}, runToCompletion('uname', ['-m']).trim())).toBe(isOs64Bit({}));
  });
});

const facts = (over: Record<string, unknown>) => ({
  ok: true as const,
  facts: {
    platform: 'win32' as const,
    family: 'windows' as const,
    name: 'x',
    version: '10.0.22631',
    arch: 'AMD64',
    is64Bit: true,
    ...over,
  },
});

describe('the os check against the catalog', () => {
  it('passes Windows 11 and says so with the name and bitness', () => {
    const f = checkOs(facts({ name: 'Windows 11 23H2' }), en);
    expect(f).toMatchObject({
      status: 'pass',
      verdict: 'ok',
      message: 'Windows 11 23H2 (64-bit) is supported.',
    });
    expect(checkOs(facts({ name: 'Windows 11 23H2' }), ja).message).toBe(
      'Windows 11 23H2（64 ビット）はシステム要件を満たしています。',
    );
  });

  it('warns on Windows 7 (supported, but out of Microsoft support) and names the upgrade', () => {
    const f = checkOs(
      facts({ name: 'Windows 7 SP1', version: '6.1.7601', is64Bit: false, arch: 'x86' }),
      en,
    );
    expect(f).toMatchObject({ status: 'warn', verdict: 'os_out_of_support' });
    expect(f.message).toContain('32-bit');
    expect(f.fix).toContain('Windows 10');
  });

  it('fails Vista and macOS 10.8 with what is needed', () => {
    const vista = checkOs(facts({ name: 'Windows Vista', version: '6.0.6002' }), en);
    expect(vista).toMatchObject({ status: 'fail', verdict: 'os_unsupported' });
    expect(vista.message).toContain('Windows 7 or later');
    const mac = checkOs(
      facts({ platform: 'darwin', family: 'macos', name: 'OS X 10.8.5', version: '10.8.5' }),
      ja,
    );
    expect(mac).toMatchObject({ status: 'fail', verdict: 'os_unsupported' });
    expect(mac.message).toContain('macOS 10.9 以降が必要です');
  });

  it('fails an OS the catalog cannot name, and only warns for a derivative of a listed one', () => {
    expect(
      checkOs(facts({ platform: 'linux', family: undefined, name: 'Arch Linux', version: '' }), en),
    ).toMatchObject({ status: 'fail', verdict: 'os_unsupported' });
    const pop = checkOs(
      facts({
        platform: 'linux',
        family: undefined,
        basedOn: 'ubuntu',
        name: 'Pop!_OS 22.04 LTS',
        version: '22.04',
      }),
      en,
    );
    expect(pop).toMatchObject({ status: 'warn', verdict: 'not_determined' });
    expect(pop.message).toContain('based on Ubuntu');
  });

  it('never passes when the OS could not be read', () => {
    expect(checkOs({ ok: false, reason: 'reg query: not_found' }, en)).toMatchObject({
      status: 'warn',
      verdict: 'not_determined',
    });
  });
});
