import type { TFunction } from 'i18next';
import type { ReportDocument } from '../../shared/report-schemas';
import { pcIdentityOf } from '../../shared/results/pc-identity';

/** One row of the report's system table: a label and a value, both words. */
export interface SystemRow {
  key: string;
  label: string;
  value: string;
}

type Facts = Record<string, unknown>;
const isRecord = (v: unknown): v is Facts =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown) => (typeof v === 'string' && v !== '' ? v : null);
const num = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) ? v : null);
const platforms: Record<string, string> = { win32: 'Windows', darwin: 'macOS', linux: 'Linux' };
// Facts read into words below, or said elsewhere (the proxy the run used is in "About this check").
const worded = new Set(['hostname', 'platform', 'os', 'browsers', 'displays', 'disk', 'proxy']);

/**
 * The system facts as a table a person reads (issue 15): the PC's name and addresses, the OS, browsers,
 * displays, disk, then any other plain fact by its key. Nested facts the table cannot word stay in the
 * "for support" disclosure as recorded.
 */
export function systemRows(
  report: Pick<ReportDocument, 'system' | 'checks' | 'proxy'>,
  t: TFunction<'report'>,
): SystemRow[] {
  const s = report.system;
  const none = t('system.none');
  const rows: SystemRow[] = [];
  const add = (key: string, value: string | null) => {
    if (value !== null) rows.push({ key, label: t(`system.${key}` as 'system.hostname'), value });
  };
  const pc = pcIdentityOf(report);
  add('hostname', pc.name);
  if (pc.addresses.length) add('addresses', pc.addresses.join(', '));
  if (pc.dnsServers.length) add('dnsServers', pc.dnsServers.join(', '));
  const os = s.os;
  if (typeof os === 'string') add('os', os);
  else if (isRecord(os)) {
    const name = str(os.name) ?? [str(os.family), str(os.version)].filter(Boolean).join(' ');
    const bits =
      os.is64Bit === true ? t('system.bits64') : os.is64Bit === false ? t('system.bits32') : null;
    add('os', [name, bits].filter(Boolean).join(', ') || null);
  } else if (str(s.platform)) add('os', platforms[String(s.platform)] ?? String(s.platform));
  if (Array.isArray(s.browsers))
    add(
      'browsers',
      s.browsers
        .filter(isRecord)
        .map((b) => [str(b.name) ?? str(b.id), str(b.version)].filter(Boolean).join(' '))
        .join(', ') || none,
    );
  if (Array.isArray(s.displays))
    add(
      'displays',
      s.displays.length === 0
        ? none
        : s.displays
            .filter(isRecord)
            .map((d) =>
              num(d.width) !== null && num(d.height) !== null
                ? t('system.display', {
                    width: num(d.width) ?? 0,
                    height: num(d.height) ?? 0,
                  })
                : (str(d.name) ?? '?'),
            )
            .join(', '),
    );
  if (isRecord(s.disk) && num(s.disk.freeMb) !== null)
    add(
      'disk',
      t('system.diskValue', {
        free: num(s.disk.freeMb) ?? 0,
        total: num(s.disk.totalMb) ?? 0,
        path: str(s.disk.path) ?? '',
      }),
    );
  for (const [key, value] of Object.entries(s)) {
    if (worded.has(key)) continue;
    const text =
      typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean'
        ? String(value)
        : Array.isArray(value) && value.every((v) => typeof v === 'string')
          ? value.join(', ')
          : null;
    if (text !== null) rows.push({ key, label: key, value: text === '' ? none : text });
  }
  return rows;
}
