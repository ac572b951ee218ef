import type { FleetSummary } from '../../../shared/fleet-schemas';
import { translator } from '../../../shared/i18n';
import { causeName } from './fleet-text';

/**
 * One CSV cell: quoted, quotes doubled, and a cell that Excel would take for a formula (=, +, -, @, or a tab
 * or return first) made text with a leading apostrophe: a PC name from a file is not allowed to compute.
 * https://owasp.org/www-community/attacks/CSV_Injection
 */
export function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return `"${safe.replaceAll('"', '""')}"`;
}

/**
 * One row per PC (its latest run), headers in the summary's language, UTF-8 with a BOM and CRLF line ends,
 * so Excel opens it with Japanese intact.
 */
export function fleetCsv(summary: FleetSummary): string {
  const lang = summary.lang;
  const t = translator(lang);
  const changed = new Set(summary.changed.map((c) => c.pc));
  const yesNo = (b: boolean) => (b ? t('fleet:csv.yes') : t('fleet:csv.no'));
  const header = [
    t('fleet:csv.pc'),
    t('fleet:csv.ready'),
    t('fleet:csv.blocking'),
    t('fleet:csv.causes'),
    t('fleet:csv.causeNames'),
    t('fleet:csv.interception'),
    t('fleet:csv.os'),
    t('fleet:csv.startedAt'),
    t('fleet:csv.changed'),
    t('fleet:csv.toolVersion'),
    t('fleet:csv.file'),
  ];
  // Row by row, each joined at once, and each cause worded once: 10,000 PCs stay a few megabytes of text
  // instead of a hundred thousand cell arrays alive together.
  const names = new Map<string, string>();
  const nameOf = (v: string) => {
    let name = names.get(v);
    if (name === undefined) names.set(v, (name = causeName(v, lang)));
    return name;
  };
  const lines = [header.map(csvCell).join(',')];
  for (const pc of summary.pcList)
    lines.push(
      [
        pc.pc,
        yesNo(pc.ready),
        pc.blocking.join(' '),
        pc.causes.join(' '),
        pc.causes.map(nameOf).join(' / '),
        pc.interception.join(' / '),
        pc.os ?? '',
        pc.startedAt,
        yesNo(changed.has(pc.pc)),
        pc.toolVersion,
        pc.file,
      ]
        .map(csvCell)
        .join(','),
    );
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
