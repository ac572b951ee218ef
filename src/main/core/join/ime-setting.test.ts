import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { exited, fakeRunner, notStarted } from '../../../../test/fixtures/os/fake-runner';
import type { CommandOutcome } from '../os/run-command';
import {
  IME_KEY,
  imeEnableCommands,
  imeQueryCommand,
  parseRegDword,
  readImeSetting,
} from './ime-setting';

const fixture = (name: string) =>
  readFileSync(new URL(`../../../../../shared/fixtures/windows/${name}`, import.meta.url), 'utf8');

function answering(result: CommandOutcome) {
  const run = fakeRunner(() => result);
  return { run, calls: run.calls };
}

describe('parseRegDword', () => {
  // No verbatim capture of this value exists (fixtures/SOURCES.md); the layout is taken from real
  // `reg query` captures, and the NoTsf3Override2 output below is constructed in that layout.
  it('reads DWORDs from a real reg query capture', () => {
    const text = fixture('reg-internet-settings-proxy-off-en-win10-excerpt.txt');
    expect(parseRegDword(text, 'PrivacyAdvanced')).toBe(1);
    expect(parseRegDword(text, 'SecureProtocols')).toBe(0xa80);
    expect(parseRegDword(text, 'User Agent')).toBeUndefined(); // REG_SZ
  });

  it('ignores a REG_SZ value in a real /v capture', () => {
    expect(
      parseRegDword(fixture('reg-currentversion-v-releaseid-win10-1803.txt'), 'ReleaseId'),
    ).toBeUndefined();
  });

  it('reads the IME value with CRLF line endings', () => {
    const out = `\r\n${IME_KEY.replace('HKCU', 'HKEY_CURRENT_USER')}\r\n    NoTsf3Override2    REG_DWORD    0x1\r\n\r\n`;
    expect(parseRegDword(out, 'NoTsf3Override2')).toBe(1);
  });
});

describe('readImeSetting', () => {
  it('queries exactly the IME value', async () => {
    const { run, calls } = answering(exited(0, '    NoTsf3Override2    REG_DWORD    0x0\r\n'));
    expect(await readImeSetting(run)).toEqual({ state: 'present', value: 0 });
    expect(calls).toEqual([
      [
        'reg',
        'query',
        'HKCU\\SOFTWARE\\Microsoft\\Input\\TSF\\Tsf3Override\\{03b5835f-f03c-411b-9ce2-aa23e1171e36}',
        '/v',
        'NoTsf3Override2',
      ],
    ]);
    expect(calls[0]).toEqual(imeQueryCommand());
  });

  it('treats exit 1 (no such key or value) as absent, and a missing reg as unreadable', async () => {
    expect(
      await readImeSetting(
        answering(
          exited(
            1,
            '',
            'ERROR: The system was unable to find the specified registry key or value.',
          ),
        ).run,
      ),
    ).toEqual({ state: 'absent' });
    expect(await readImeSetting(answering(notStarted('ENOENT')).run)).toEqual({
      state: 'unreadable',
      why: 'ENOENT',
    });
  });
});

describe('imeEnableCommands', () => {
  it('sets 1 and, when the value was absent, deletes it again on undo', () => {
    expect(imeEnableCommands({ state: 'absent' })).toEqual({
      apply: ['reg', 'add', IME_KEY, '/v', 'NoTsf3Override2', '/t', 'REG_DWORD', '/d', '1', '/f'],
      undo: [['reg', 'delete', IME_KEY, '/v', 'NoTsf3Override2', '/f']],
    });
  });

  it('restores a previous value exactly', () => {
    expect(imeEnableCommands({ state: 'present', value: 0 }).undo).toEqual([
      ['reg', 'add', IME_KEY, '/v', 'NoTsf3Override2', '/t', 'REG_DWORD', '/d', '0', '/f'],
    ]);
  });
});
