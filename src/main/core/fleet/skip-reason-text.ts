import { translator } from '../../../shared/i18n';
import type { Lang } from '../../../shared/lang';
import type { SkipReason } from './read-result-file';

/** Why a file was skipped, as one sentence in the summary's language. */
export function skipReasonText(reason: SkipReason, lang: Lang): string {
  const t = translator(lang);
  switch (reason.kind) {
    case 'not_found':
      return t('fleet:reason.not_found');
    case 'unreadable':
      return t('fleet:reason.unreadable', { code: reason.code });
    case 'not_a_file':
      return t('fleet:reason.not_a_file');
    case 'folder_link':
      return t('fleet:reason.folder_link');
    case 'too_large':
      return t('fleet:reason.too_large', {
        megabytes: (reason.bytes / (1024 * 1024)).toFixed(1),
      });
    case 'empty':
      return t('fleet:reason.empty');
    case 'not_json':
      return t('fleet:reason.not_json', { why: reason.why });
    case 'not_result':
      return t('fleet:reason.not_result', { where: reason.where, why: reason.why });
  }
}
