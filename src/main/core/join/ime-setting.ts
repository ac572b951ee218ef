import { commandOf, type CommandRunner } from '../os/run-command';

// The value behind Settings → Microsoft IME → General → Compatibility → "Use previous version of
// Microsoft IME": 1 = previous version on; 0 or absent = the new IME (zoho-facts.md §4.1).
export const IME_KEY =
  'HKCU\\SOFTWARE\\Microsoft\\Input\\TSF\\Tsf3Override\\{03b5835f-f03c-411b-9ce2-aa23e1171e36}';
export const IME_VALUE = 'NoTsf3Override2';

export type ImeReading =
  { state: 'present'; value: number } | { state: 'absent' } | { state: 'unreadable'; why: string };

export const imeQueryCommand = (): string[] => ['reg', 'query', IME_KEY, '/v', IME_VALUE];

/** Parses `reg query KEY /v NAME` output: `    NAME    REG_DWORD    0x1`, CRLF or LF. */
export function parseRegDword(output: string, name: string): number | undefined {
  for (const line of output.split(/\r*\n|\r/u)) {
    const cells = line.trim().split(/\s{2,}|\t+/u);
    if (
      cells.length >= 3 &&
      cells[0]?.toLowerCase() === name.toLowerCase() &&
      cells[1] === 'REG_DWORD'
    ) {
      const value = Number.parseInt(cells[2] ?? '', 16);
      if (Number.isFinite(value)) return value;
    }
  }
  return undefined;
}

/** Reads the setting; `reg query` exits 1 when the key or the value does not exist. */
export async function readImeSetting(run: CommandRunner): Promise<ImeReading> {
  const result = await run(commandOf(imeQueryCommand()));
  if (result.startError) return { state: 'unreadable', why: result.startError };
  if (result.code === 1) return { state: 'absent' };
  if (!result.ok) return { state: 'unreadable', why: `reg exited with ${String(result.code)}` };
  const value = parseRegDword(result.stdout, IME_VALUE);
  return value === undefined
    ? { state: 'unreadable', why: 'unexpected reg output' }
    : { state: 'present', value };
}

/** The command that turns "previous version" on, and the commands that put back what was there. */
export function imeEnableCommands(before: ImeReading): { apply: string[]; undo: string[][] } {
  const apply = ['reg', 'add', IME_KEY, '/v', IME_VALUE, '/t', 'REG_DWORD', '/d', '1', '/f'];
  const undo =
    before.state === 'present'
      ? [
          [
            'reg',
            'add',
            IME_KEY,
            '/v',
            IME_VALUE,
            '/t',
            'REG_DWORD',
            '/d',
            String(before.value),
            '/f',
          ],
        ]
      : [['reg', 'delete', IME_KEY, '/v', IME_VALUE, '/f']];
  return { apply, undo };
}
