import { finding, type CheckWording, type FindingOf } from './system-result';

/**
 * macOS only: the agent asks for Screen Recording and Accessibility (its installer's own strings, see
 * shared/research/zoho-facts.md §3.2). Whether it already has them cannot be read for another app
 * without Full Disk Access, so this is guidance, shown before the prompt surprises the customer.
 */
export function checkPermissions(w: CheckWording): FindingOf<'permission'> {
  return finding(
    'warn',
    'permission_needed',
    w.t('system:permission.needed'),
    w.t('system:permission.neededFix'),
    {
      permissions: ['ScreenCapture', 'Accessibility'],
      settingsUrls: [
        'x-apple.systempreferences:com.apple.preference.security?Privacy_ScreenCapture',
        'x-apple.systempreferences:com.apple.preference.security?Privacy_Accessibility',
      ],
    },
  );
}
