import { exited } from '../../../../test/fixtures/os/fake-runner';
import { describe, expect, it } from 'vitest';
import { builtInCatalog } from '../catalog/load-catalog';
import type { CleanupContext } from './cleanup-context';
import { resolveTarget } from './resolve-target';

const win: CleanupContext = {
  catalog: builtInCatalog(),
  lang: 'en',
  platform: 'win32',
  env: {
    LOCALAPPDATA: 'C:\\Users\\taro\\AppData\\Local',
    'ProgramFiles(x86)': 'C:\\Program Files (x86)',
    ProgramFiles: 'C:\\Program Files',
  },
  home: 'C:\\Users\\taro',
  uid: 0,
  selfPid: 1,
  isPrivileged: false,
  dataDir: '/nonexistent',
  run: async () => exited(1),
  procDir: '/proc',
  stopGraceMs: 0,
};

describe('resolveTarget refuses a catalog that names too much, before touching the disk', () => {
  it.each([
    ['C:\\', 'outside_allowed'],
    ['C:/', 'outside_allowed'],
    ['%USERPROFILE%', 'outside_allowed'],
    ['%PROGRAMFILES%', 'outside_allowed'],
    ['%SYSTEMROOT%/System32', 'unknown_variable'],
    ['%LOCALAPPDATA%/../../Desktop', 'dot_segments'],
    ['ZohoMeeting', 'not_absolute'],
    ['\\\\server\\share\\ZohoMeeting', 'not_absolute'],
  ])('%s → %s', async (raw, reason) => {
    expect(await resolveTarget(raw, win)).toMatchObject({ state: 'refused', reason });
  });
});
