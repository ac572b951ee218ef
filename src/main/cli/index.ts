#!/usr/bin/env node
import '../threadpool';
import { realpathSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { translator } from '../../shared/i18n';
import { langSchema, type Lang } from '../../shared/lang';
import { EXIT, type CliCommand, type CliIo, type ExitCode } from './command';
import { commands } from './commands';
import { osLang } from './os-locale';
import { parseErrorText } from './parse-error';
import { withTerminalNet } from './terminal-text';
import { drained } from './drain';
import { followSupervisor, isSupervisedChild, reportExit, runSupervisedChild } from '../core/os';

/** Runs one `session-prep` command line; never throws, always answers with an exit code. */
export async function main(argv: readonly string[], rawIo: CliIo): Promise<ExitCode> {
  // Every write of every command passes the terminal net: no control sequence from outside reaches the terminal.
  const io = withTerminalNet(rawIo);
  const langFlag = findLangFlag(argv);
  const lang: Lang = langFlag ?? io.defaultLang;
  const t = translator(lang);
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    io.stderr.write(usage(lang));
    return name === undefined ? EXIT.usage : EXIT.ok;
  }
  const command = commands.find((c) => c.name === name);
  if (!command) {
    io.stderr.write(`session-prep: ${t('cli:unknownCommand', { name })}\n${usage(lang)}`);
    return EXIT.usage;
  }
  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs({
      args: [...rest],
      options: {
        ...command.options,
        lang: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
      allowPositionals: command.allowPositionals ?? false,
      strict: true,
    });
  } catch (error) {
    io.stderr.write(
      `session-prep ${command.name}: ${parseErrorText(error, command, lang)}\n${commandUsage(command, lang)}`,
    );
    return EXIT.usage;
  }
  if (parsed.values.help === true) {
    io.stdout.write(commandUsage(command, lang));
    return EXIT.ok;
  }
  const langValue = parsed.values.lang;
  if (langValue !== undefined && !langSchema.safeParse(langValue).success) {
    io.stderr.write(
      `session-prep ${command.name}: ${t('cli:badLang', { value: String(langValue) })}\n`,
    );
    return EXIT.usage;
  }
  try {
    return await command.run(
      {
        values: parsed.values,
        positionals: parsed.positionals,
      },
      { ...io, defaultLang: lang },
    );
  } catch (error) {
    // The one catch at this edge: a bug. The stack goes to stderr only on request, the sentence always.
    if (io.env.SESSION_PREP_DEBUG)
      io.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
    io.stderr.write(`session-prep ${command.name}: ${t('cli:internalError')}\n`);
    return EXIT.usage;
  }
}

/** `--lang` is read before parsing, so even a usage error is worded in the language asked for; the last one wins, as in parseArgs. */
function findLangFlag(argv: readonly string[]): Lang | undefined {
  let lang: Lang | undefined;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = a === '--lang' ? argv[i + 1] : a?.startsWith('--lang=') ? a.slice(7) : undefined;
    const parsed = langSchema.safeParse(value);
    if (parsed.success) lang = parsed.data;
  }
  return lang;
}

function usage(lang: Lang): string {
  const t = translator(lang);
  const lines = commands.map((c) => `  session-prep ${c.usage}`);
  return `${t('cli:usageTitle')}\n${lines.join('\n')}\n${t('cli:usageFooter')}\n`;
}

function commandUsage(command: CliCommand, lang: Lang): string {
  return `${translator(lang)('cli:usageTitle')}\n  session-prep ${command.usage}\n`;
}

function isEntryPoint(): boolean {
  const script = process.argv[1];
  if (!script) return false;
  try {
    return realpathSync(script) === realpathSync(fileURLToPath(import.meta.url));
  } catch {
    return false;
  }
}

/**
 * Runs the command line of this process and exits with its code (the `bin` and `tsx` entry). The
 * command runs in a supervised child (core/os/supervised-child.ts), so a DNS lookup still blocked in the
 * OS resolver cannot hold the command after its last output.
 */
export async function runFromProcess(): Promise<never> {
  const script = process.argv[1];
  if (!isSupervisedChild() && script !== undefined) {
    process.exit(
      await runSupervisedChild({
        execPath: process.execPath,
        execArgv: process.execArgv,
        script,
        args: process.argv.slice(2),
        env: process.env,
      }),
    );
  }
  if (isSupervisedChild()) followSupervisor();
  // The installed app's wrapper starts us as its Electron run as Node; a program we start (a browser asked
  // for its version, the opener of `web`) must not inherit that, or an Electron app among them would start
  // as Node too. VS Code's CLI does the same.
  delete process.env.ELECTRON_RUN_AS_NODE;
  const controller = new AbortController();
  // First Ctrl-C cancels the run cleanly (a partial result is still printed); a second one exits at once.
  process.once('SIGINT', () => {
    controller.abort();
    process.once('SIGINT', () => process.exit(130));
  });
  // A reader that closed the pipe early (`| head`) is not our failure: the rest is simply not read.
  for (const stream of [process.stdout, process.stderr]) stream.on('error', () => undefined);
  const code = await main(process.argv.slice(2), {
    stdout: process.stdout,
    stderr: process.stderr,
    stdin: process.stdin,
    isTTY: Boolean(process.stdout.isTTY),
    ...(process.stdout.isTTY && process.stdout.columns > 0
      ? { columns: process.stdout.columns }
      : {}),
    env: process.env,
    defaultLang: osLang(process.env),
    signal: controller.signal,
  });
  // Everything printed reaches the pipe, file or terminal before the process ends (drain.ts).
  await Promise.all([drained(process.stdout), drained(process.stderr)]);
  await reportExit(code);
  process.exit(code);
}

if (isEntryPoint()) await runFromProcess();
