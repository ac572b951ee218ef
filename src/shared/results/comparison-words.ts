import { translator } from '../i18n';
import type { Lang } from '../lang';
import type { ComparedCheck, RunComparison } from '../run-comparison';
import { hostsOf } from './compare-runs';
import { revealInline } from './reveal-hidden-chars';

/**
 * When the earlier run started, in this machine's local time: "14:02" the same day, with the date
 * otherwise; `withZone` adds the zone, for a report read somewhere else.
 */
export function comparisonTime(
  iso: string,
  lang: Lang,
  options: { now?: Date; withZone?: boolean; timeZone?: string } = {},
): string {
  const time = new Date(iso);
  if (Number.isNaN(time.getTime())) return revealInline(iso);
  const locale = lang === 'ja' ? 'ja-JP' : 'en-GB';
  const zone = options.timeZone ? { timeZone: options.timeZone } : {};
  const day = (d: Date) =>
    new Intl.DateTimeFormat('en-CA', { ...zone, dateStyle: 'short' }).format(d);
  const sameDay = day(time) === day(options.now ?? new Date());
  return new Intl.DateTimeFormat(locale, {
    ...zone,
    ...(sameDay ? {} : { year: 'numeric', month: 'short', day: 'numeric' }),
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    ...(options.withZone ? { timeZoneName: 'short' } : {}),
  }).format(time);
}

/** The one-line answer and the hosts under it, each a sentence; a list that is empty has none. */
export interface ComparisonSentences {
  line: string;
  fixed?: string;
  still?: string;
  newlyFailing?: string;
  notRechecked?: string;
}

const names = (list: readonly ComparedCheck[], lang: Lang) =>
  hostsOf(list)
    .map(revealInline)
    .join(lang === 'ja' ? '、' : ', ');

/** "Since the last check (14:02): 3 fixed, 1 still failing, 0 new", with the fixed hosts named. */
export function comparisonSentences(
  comparison: RunComparison,
  lang: Lang,
  options: { now?: Date; withZone?: boolean; timeZone?: string } = {},
): ComparisonSentences {
  const t = translator(lang);
  const hosts = (list: readonly ComparedCheck[]) => names(list, lang);
  const { fixed, stillFailing, newlyFailing, notRechecked } = comparison;
  return {
    line: t('report:comparison.line', {
      time: comparisonTime(comparison.since, lang, options),
      fixed: fixed.length,
      still: stillFailing.length,
      new: newlyFailing.length,
    }),
    ...(fixed.length ? { fixed: t('report:comparison.fixedHosts', { hosts: hosts(fixed) }) } : {}),
    ...(stillFailing.length
      ? { still: t('report:comparison.stillHosts', { hosts: hosts(stillFailing) }) }
      : {}),
    ...(newlyFailing.length
      ? { newlyFailing: t('report:comparison.newHosts', { hosts: hosts(newlyFailing) }) }
      : {}),
    ...(notRechecked.length
      ? {
          notRechecked: t('report:comparison.notRecheckedHosts', { hosts: hosts(notRechecked) }),
        }
      : {}),
  };
}
