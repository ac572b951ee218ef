import { PassThrough } from 'node:stream';
import type { Lang } from '../../shared/lang';
import type { CliIo } from './command';

/** An in-process CliIo whose output the test reads back. */
export function testIo(
  o: {
    lang?: Lang;
    isTTY?: boolean;
    columns?: number;
    env?: NodeJS.ProcessEnv;
    signal?: AbortSignal;
  } = {},
) {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  const chunks = { out: '', err: '' };
  stdout.on('data', (d: Buffer) => (chunks.out += d.toString()));
  stderr.on('data', (d: Buffer) => (chunks.err += d.toString()));
  const io: CliIo = {
    stdout,
    stderr,
    stdin: new PassThrough(),
    isTTY: o.isTTY ?? false,
    ...(o.columns !== undefined ? { columns: o.columns } : {}),
    env: o.env ?? { PATH: process.env.PATH },
    defaultLang: o.lang ?? 'en',
    signal: o.signal ?? new AbortController().signal,
  };
  return { io, out: () => chunks.out, err: () => chunks.err };
}
