import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runToCompletion } from '../../../../test/fixtures/processes';
import { linuxReleaseOf, parseOsRelease } from './linux-release';

describe('/etc/os-release', () => {
  it('reads this machine the way the shell that sources it does', () => {
    // os-release is specified as shell-compatible assignments: sourcing it is the reference reading.
    const sourced = runToCompletion('sh', [
      '-c',
      '. /etc/os-release; printf "%s\\n%s\\n%s\\n%s" "$ID" "$VERSION_ID" "$PRETTY_NAME" "$ID_LIKE"',
    ]).split('\n');
    const fields = parseOsRelease(readFileSync('/etc/os-release', 'utf8'));
    expect([
      fields.ID ?? '',
      fields.VERSION_ID ?? '',
      fields.PRETTY_NAME ?? '',
      fields.ID_LIKE ?? '',
    ]).toEqual(sourced);
  });

  it('names the catalog family of this machine', () => {
    const fields = parseOsRelease(readFileSync('/etc/os-release', 'utf8'));
    const r = linuxReleaseOf(fields);
    expect(r.version).toBe(fields.VERSION_ID);
    expect(r.name).toBe(fields.PRETTY_NAME);
    // This CI machine is Debian; the assertion says which family any other machine maps to.
    const expected = {
      debian: 'debian',
      ubuntu: 'ubuntu',
      rhel: 'rhel',
      centos: 'centos',
      linuxmint: 'mint',
    }[fields.ID ?? ''];
    expect(r.family).toBe(expected);
  });

  // Hand-written lines in the documented format (freedesktop os-release), not captures.
  it('maps Mint, RHEL and derivatives, and unquotes values', () => {
    expect(
      linuxReleaseOf(
        parseOsRelease(
          'NAME="Linux Mint"\nVERSION_ID="21.2"\nID=linuxmint\nID_LIKE="ubuntu debian"\nPRETTY_NAME="Linux Mint 21.2"\n',
        ),
      ),
    ).toEqual({
      family: 'mint',
      name: 'Linux Mint 21.2',
      version: '21.2',
    });
    expect(
      linuxReleaseOf(
        parseOsRelease(
          'ID="rhel"\nVERSION_ID="9.3"\nPRETTY_NAME="Red Hat Enterprise Linux 9.3 (Plow)"\n',
        ),
      ).family,
    ).toBe('rhel');
    expect(
      linuxReleaseOf(
        parseOsRelease(
          'ID=pop\nID_LIKE=\'ubuntu debian\'\nVERSION_ID=22.04\nPRETTY_NAME="Pop!_OS 22.04 LTS"\n',
        ),
      ),
    ).toEqual({
      family: undefined,
      basedOn: 'ubuntu',
      name: 'Pop!_OS 22.04 LTS',
      version: '22.04',
    });
    expect(linuxReleaseOf(parseOsRelease('ID=arch\nPRETTY_NAME="Arch Linux"\n'))).toEqual({
      family: undefined,
      name: 'Arch Linux',
      version: '',
    });
    expect(parseOsRelease('NAME="A \\"quoted\\" name"\r\n').NAME).toBe('A "quoted" name');
  });
});
