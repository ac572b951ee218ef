import { writeFile } from 'node:fs/promises';
import { extname } from 'node:path';
import type { CheckRun } from '../../../shared/check-result';
import { translator } from '../../../shared/i18n';
import { ok, refused, type Reply } from '../../../shared/reply';
import type { ExportFormat } from '../../../shared/report-schemas';
import type { BuildReportOptions } from './build-report';
import { keepReport } from './keep-last-reports';
import { renderReport } from './render-report';

/** The format a report file's name asks for (`.json`, `.html` or `.htm`, any case), or null for anything else. */
export function reportFormatOf(path: string): ExportFormat | null {
  const ext = extname(path).toLowerCase();
  return ext === '.json' ? 'json' : ext === '.html' || ext === '.htm' ? 'html' : null;
}

/** Writes the report to `path` (`--report FILE`), its format chosen by the extension. */
export async function writeReportFile(
  path: string,
  run: CheckRun,
  options: BuildReportOptions,
  /** The data folder, to keep a copy among the last reports (best effort: the user's file is what counts). */
  keepIn?: string,
): Promise<Reply<{ path: string; format: ExportFormat }>> {
  const t = translator(options.lang);
  const format = reportFormatOf(path);
  if (!format) return refused('bad_params', t('report:errors.badExtension', { path }));
  const file = renderReport(run, { ...options, format });
  try {
    await writeFile(path, file.content, 'utf8');
  } catch (error) {
    const reason = error instanceof Error && 'code' in error ? String(error.code) : String(error);
    return refused('failed', t('report:errors.writeFailed', { path, reason }));
  }
  if (keepIn !== undefined) await keepReport(keepIn, file).catch(() => undefined);
  return ok({ path, format });
}
