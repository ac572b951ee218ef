import type { FleetSummary } from '../../../shared/fleet-schemas';
import { isKnownVerdict } from '../../../shared/fleet-schemas';
import { translator } from '../../../shared/i18n';
import type { Lang } from '../../../shared/lang';
import { oneLine } from './one-line';

/** PCs named per line of the text; the JSON and the CSV list them all. */
const NAMES_SHOWN = 20;
const TARGETS_SHOWN = 10;

/** A verdict in words ("SSL inspection: …"), or its id for one this version does not know. */
export function causeName(verdict: string, lang: Lang): string {
  return isKnownVerdict(verdict) ? translator(lang)(`report:cause.${verdict}`) : verdict;
}

function list(items: readonly string[], shown: number, lang: Lang): string {
  const t = translator(lang);
  const head = items.slice(0, shown).map((s) => oneLine(s, 120));
  const rest = items.length - head.length;
  const sep = lang === 'ja' ? '、' : ', ';
  return rest > 0
    ? `${head.join(sep)} ${t('fleet:text.andMore', { count: rest })}`
    : head.join(sep);
}

function timeText(iso: string, lang: Lang): string {
  const d = new Date(iso);
  return Number.isNaN(d.getTime())
    ? iso
    : new Intl.DateTimeFormat(lang === 'ja' ? 'ja-JP' : 'en-GB', {
        dateStyle: 'medium',
        timeStyle: 'short',
      }).format(d);
}

/**
 * The paste-ready summary for a change request: how many PCs are ready, by cause (with where and which PCs),
 * by SSL inspection product, by OS, what changed between two runs of a PC, and the files skipped.
 */
export function fleetText(summary: FleetSummary): string {
  const lang = summary.lang;
  const t = translator(lang);
  const out: string[] = [t('fleet:text.title'), ''];
  out.push(
    t('fleet:text.made', {
      time: timeText(summary.generatedAt, lang),
      read: summary.files.read,
      skipped: summary.files.skipped,
    }),
  );
  const { total, ready, notReady } = summary.pcs;
  if (total === 0) out.push(t('fleet:text.noPcs'));
  else {
    out.push(
      t('fleet:text.ready', { ready, total, percent: Math.floor((ready / total) * 100) }),
      t('fleet:text.notReady', { count: notReady }),
    );
  }

  out.push('', `## ${t('fleet:text.byCause')}`);
  if (summary.byCause.length === 0) out.push(t('fleet:text.noCauses'));
  for (const c of summary.byCause) {
    out.push(
      `- ${t('fleet:text.causeLine', { name: causeName(c.verdict, lang), verdict: c.verdict, count: c.pcs, blocking: c.blocking })}`,
      `  ${t('fleet:text.where', { targets: list(c.targets, TARGETS_SHOWN, lang) })}`,
      `  ${t('fleet:text.pcs', { names: list(c.pcNames, NAMES_SHOWN, lang) })}`,
    );
  }

  out.push('', `## ${t('fleet:text.byInterception')}`);
  if (summary.byInterception.length === 0) out.push(t('fleet:text.noInterception'));
  for (const g of summary.byInterception) {
    out.push(
      `- ${t('fleet:text.interceptionLine', {
        product: g.product === null ? t('fleet:text.productUnknown') : oneLine(g.product, 120),
        issuers: t('fleet:text.issuedBy', { issuers: list(g.issuers, 3, lang) }),
        count: g.pcs,
      })}`,
      `  ${t('fleet:text.pcs', { names: list(g.pcNames, NAMES_SHOWN, lang) })}`,
    );
  }

  out.push('', `## ${t('fleet:text.byOs')}`);
  for (const o of summary.byOs)
    out.push(
      `- ${t('fleet:text.osLine', {
        os: o.os === null ? t('fleet:text.osUnknown') : oneLine(o.os, 120),
        count: o.pcs,
        ready: o.ready,
      })}`,
    );

  out.push('', `## ${t('fleet:text.changed')}`);
  if (summary.changed.length === 0) out.push(t('fleet:text.noChanges'));
  const word = (r: boolean) => (r ? t('fleet:text.readyWord') : t('fleet:text.notReadyWord'));
  for (const c of summary.changed) {
    const parts: string[] = [
      t('fleet:text.changeLine', {
        pc: oneLine(c.pc, 120),
        before: word(c.before.ready),
        after: word(c.after.ready),
      }),
    ];
    if (c.gone.length > 0) parts.push(t('fleet:text.gone', { verdicts: c.gone.join(', ') }));
    if (c.appeared.length > 0)
      parts.push(t('fleet:text.appeared', { verdicts: c.appeared.join(', ') }));
    out.push(`- ${parts.join(lang === 'ja' ? '。' : '; ')}`);
  }

  if (summary.files.skipped > 0) {
    out.push('', `## ${t('fleet:text.skipped')}`);
    for (const s of summary.skipped)
      out.push(
        `- ${t('fleet:text.skippedLine', { file: oneLine(s.file), reason: oneLine(s.reason) })}`,
      );
    if (summary.skippedNotListed > 0)
      out.push(`- ${t('fleet:text.skippedMore', { count: summary.skippedNotListed })}`);
  }
  return `${out.join('\n')}\n`;
}
