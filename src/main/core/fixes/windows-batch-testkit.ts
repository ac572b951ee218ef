import { writeFile } from 'node:fs/promises';
import { gunzipSync } from 'node:zlib';
import { expect } from 'vitest';
import type { CommandResult, CommandRunner } from './command-runner';
import { decodePowerShell } from './powershell';

/** The text of a PowerShell single-quoted literal, as PowerShell reads it. */
export function psUnquote(literal: string): string {
  expect(literal).toMatch(/^'(?:[^']|'')*'$/s);
  return literal.slice(1, -1).replace(/''/g, "'");
}

/** Takes the elevated batch command apart, layer by layer, checking each layer's exact shape on the way. */
export function unpackElevated(argv: readonly string[]): {
  outer: string;
  bootstrap: string;
  payload: string;
  combined: string;
  resultPath: string;
  ids: string[];
} {
  expect(argv.slice(0, 4)).toEqual([
    'powershell.exe',
    '-NoProfile',
    '-NonInteractive',
    '-EncodedCommand',
  ]);
  expect(argv).toHaveLength(5);
  const outer = decodePowerShell(argv[4] ?? '');
  const inner = /^\$inner = ('(?:[^']|'')*')$/m.exec(outer)?.[1];
  expect(inner).toBeDefined();
  const bootstrap = psUnquote(inner ?? '');
  const payload = /FromBase64String\('([A-Za-z0-9+/]+=*)'\)/.exec(bootstrap)?.[1] ?? '';
  const combined = gunzipSync(Buffer.from(payload, 'base64')).toString('utf8');
  const resultPath = psUnquote(/^\$resultPath = ('(?:[^']|'')*')$/m.exec(combined)?.[1] ?? "''");
  const ids = [...combined.matchAll(/^Write-Outcome ('(?:[^']|'')*') \$failure \$undone$/gm)].map(
    (m) => psUnquote(m[1] ?? "''"),
  );
  return { outer, bootstrap, payload, combined, resultPath, ids };
}

export interface PlayedRun {
  /** What each item's line says, as the elevated script would write it; an id left out writes no line. */
  lines: Record<string, { error: string | null; undone: boolean | null }>;
  result?: CommandResult;
}

/**
 * Stands in for the elevated Windows PowerShell, which cannot exist on Linux: it writes the outcome file the
 * combined script writes (BOM and CRLF as Windows PowerShell 5.1 does) and answers as Start-Process would.
 */
export function playElevated(
  play: (ids: string[]) => PlayedRun | Promise<PlayedRun>,
  fallback?: CommandRunner,
): { run: CommandRunner; calls: string[][] } {
  const calls: string[][] = [];
  const run: CommandRunner = async (argv) => {
    if (argv[0] !== 'powershell.exe' && fallback) return fallback(argv);
    calls.push([...argv]);
    const { resultPath, ids } = unpackElevated(argv);
    const played = await play(ids);
    const lines = ids.flatMap((id) =>
      played.lines[id] ? [JSON.stringify({ id, ...played.lines[id] })] : [],
    );
    if (lines.length > 0)
      await writeFile(resultPath, '\uFEFF' + lines.map((l) => `${l}\r\n`).join(''), 'utf8');
    return played.result ?? { code: 0, stdout: '', stderr: '' };
  };
  return { run, calls };
}

export const UAC_DECLINED: CommandResult = {
  code: 1,
  stdout: '',
  stderr:
    'Start-Process : This command cannot be run due to the error: The operation was canceled by the user.',
};
