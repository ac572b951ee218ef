import type { Lang } from '../../../shared/lang';
import type { AllowlistFormat, ExportedFile } from '../../../shared/report-schemas';
import type { AllowlistModel } from './allowlist-model';
import { pacFile } from './pac-file';
import { squidFragment } from './squid-fragment';
import { itRequestText, type ItRequestContext } from './it-request-text';

/** The allow-list in one of the formats of `session-prep allowlist --format`. */
export function exportAllowlist(
  model: AllowlistModel,
  format: AllowlistFormat,
  lang: Lang,
  pacFallback?: string,
  /** The text's run and redaction (issue 15); the other formats are the catalog's and the run's lists. */
  request?: ItRequestContext,
): ExportedFile {
  const base = `session-prep-allowlist-${model.product.id}`;
  switch (format) {
    case 'text':
      return {
        fileName: `${base}.txt`,
        mimeType: 'text/plain; charset=utf-8',
        content: itRequestText(model, lang, request),
      };
    case 'json':
      return {
        fileName: `${base}.json`,
        mimeType: 'application/json',
        content: `${JSON.stringify(model, null, 2)}\n`,
      };
    case 'pac':
      return {
        fileName: `${base}.pac`,
        mimeType: 'application/x-ns-proxy-autoconfig',
        content: pacFile(model, pacFallback ?? pacFallbackRequired()),
      };
    case 'squid':
      return {
        fileName: `${base}.squid.conf`,
        mimeType: 'text/plain; charset=utf-8',
        content: squidFragment(model),
      };
  }
}

function pacFallbackRequired(): never {
  // The handler decides the fallback (the PC's proxy, or IT's choice) before it asks for a PAC.
  throw new Error('exportAllowlist: a PAC needs its fallback');
}
