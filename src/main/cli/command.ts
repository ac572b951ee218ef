import type { ParseArgsConfig } from 'node:util';
import type { Lang } from '../../shared/lang';

/** What a command may touch: streams and the environment, so tests can run it in-process. */
export interface CliIo {
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
  stdin: NodeJS.ReadableStream & { isTTY?: boolean };
  /** Whether stdout is a terminal (progress lines, colours, prompts). */
  isTTY: boolean;
  /** The terminal's width in columns, when stdout is a terminal that says; the summary wraps at it. */
  columns?: number;
  env: NodeJS.ProcessEnv;
  /** Default language from the OS locale; `--lang` overrides it. */
  defaultLang: Lang;
  /** Aborted on Ctrl-C. */
  signal: AbortSignal;
}

/** Exit codes of ARCHITECTURE.md: 0 done/ready, 1 a finding or a refusal by the user, 2 bad usage or bad input. */
export const EXIT = { ok: 0, finding: 1, usage: 2 } as const;
export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

export interface CliCommand {
  name: string;
  /** One line for the usage text. */
  usage: string;
  options: NonNullable<ParseArgsConfig['options']>;
  allowPositionals?: boolean;
  run(
    args: {
      values: Record<string, string | boolean | (string | boolean)[] | undefined>;
      positionals: string[];
    },
    io: CliIo,
  ): Promise<ExitCode>;
}
