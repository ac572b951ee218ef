import { runToCompletion } from '../../../../test/fixtures/processes';
import { describe, expect, it } from 'vitest';
import { builtInCatalog } from '../catalog/load-catalog';
import { translator } from '../../../shared/i18n';
import { agentInstallDir, checkDisk, expandCatalogPath, probeDisk } from './disk-check';

const catalog = builtInCatalog();
const en = { t: translator('en'), catalog };

function dfAvailMb(path: string): number {
  const out = runToCompletion('df', ['-k', '--output=avail', path]).trim().split('\n');
  return Math.floor(Number(out.at(-1)) / 1024);
}

describe('free disk space where the agent installs', () => {
  it('measures /usr/local (the Linux agent folder does not exist yet) as df does', async () => {
    const dir = agentInstallDir(catalog, 'linux', {});
    expect(dir).toBe('/usr/local/ZohoAssist');
    const facts = await probeDisk(dir);
    if (typeof facts === 'string') throw new Error(facts);
    expect(facts.measuredPath).toBe('/usr/local');
    // Other tests write files meanwhile: allow a few MB of drift.
    expect(Math.abs(facts.freeMb - dfAvailMb('/usr/local'))).toBeLessThanOrEqual(64);
    expect(checkDisk(facts, dir, en)).toMatchObject({
      status: 'pass',
      verdict: 'ok',
      message: `${facts.freeMb} MB free in ${dir} (Zoho Assist needs 200 MB).`,
    });
  });

  it('fails with disk_low when the catalog needs more than is free', async () => {
    const facts = await probeDisk('/usr/local');
    if (typeof facts === 'string') throw new Error(facts);
    const greedy = {
      ...catalog,
      requirements: { ...catalog.requirements, diskMb: facts.freeMb + 1_000_000 },
    };
    const f = checkDisk(facts, '/usr/local', { t: translator('ja'), catalog: greedy });
    expect(f).toMatchObject({ status: 'fail', verdict: 'disk_low' });
    expect(f.fix).toContain('ごみ箱');
  });

  it('expands %LOCALAPPDATA% on Windows and ~ on macOS from the given environment', () => {
    expect(
      agentInstallDir(catalog, 'win32', { LOCALAPPDATA: 'C:\\Users\\taro\\AppData\\Local' }),
    ).toBe('C:\\Users\\taro\\AppData\\Local\\ZohoMeeting');
    expect(agentInstallDir(catalog, 'darwin', {}, '/Users/taro')).toBe(
      '/Users/taro/Library/Application Support/ZohoMeetingNative',
    );
    expect(
      expandCatalogPath(
        '%ProgramFiles(x86)%/ZohoMeeting',
        { 'PROGRAMFILES(X86)': 'C:\\Program Files (x86)' },
        '/h',
      ),
    ).toBe('C:\\Program Files (x86)/ZohoMeeting');
    expect(expandCatalogPath('%UNSET%/x', {}, '/h')).toBe('%UNSET%/x');
  });
});
