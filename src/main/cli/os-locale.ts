import { langFromLocale, type Lang } from '../../shared/lang';

/** The language the OS asks for: POSIX locale variables first (LC_ALL > LC_MESSAGES > LANG), then Intl. */
export function osLang(env: NodeJS.ProcessEnv): Lang {
  const posix = env.LC_ALL || env.LC_MESSAGES || env.LANG;
  if (posix && posix !== 'C' && posix !== 'POSIX') return langFromLocale(posix);
  return langFromLocale(Intl.DateTimeFormat().resolvedOptions().locale);
}
