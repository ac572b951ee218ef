import { translator } from '../../shared/i18n';
import type { Lang } from '../../shared/lang';
import type { CliCommand } from './command';

/**
 * `util.parseArgs`'s refusal in the user's language. Node words it in English only; its error code says
 * what went wrong, and the quoted part of its message names the option or argument.
 */
export function parseErrorText(error: unknown, command: CliCommand, lang: Lang): string {
  const t = translator(lang);
  const message = error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error);
  const code = error instanceof Error && 'code' in error ? error.code : undefined;
  const quoted = /'([^']*)'/.exec(message)?.[1];
  if (quoted === undefined) return message;
  switch (code) {
    case 'ERR_PARSE_ARGS_UNKNOWN_OPTION':
      return command.allowPositionals
        ? t('cli:parse.unknownOptionPositional', { option: quoted })
        : t('cli:parse.unknownOption', { option: quoted });
    case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE':
      // "'--catalog <value>' argument missing", or "'--json' does not take an argument".
      return quoted.endsWith(' <value>')
        ? t('cli:parse.missingValue', { option: quoted.slice(0, -' <value>'.length) })
        : t('cli:parse.takesNoValue', { option: quoted });
    case 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL':
      return t('cli:parse.unexpectedArgument', { value: quoted });
    default:
      return message;
  }
}
