import { translator } from '../../../shared/i18n';
import type { ImeStatus } from '../../../shared/join-schemas';
import type { Lang } from '../../../shared/lang';
import { commandOf, failureText, type CommandRunner } from '../os/run-command';
import { recordChange, removeEntry } from '../journal/journal';
import { imeEnableCommands, readImeSetting, type ImeReading } from './ime-setting';

export interface ImeDeps {
  platform: NodeJS.Platform;
  run: CommandRunner;
  dataDir: string;
  lang: Lang;
  now?: () => Date;
}

export const IME_JOURNAL_ID = 'ime:previous-version';

function statusOf(reading: ImeReading, lang: Lang): ImeStatus {
  const t = translator(lang);
  switch (reading.state) {
    case 'present':
      return {
        applicable: true,
        previousImeOn: reading.value === 1,
        message: t(reading.value === 1 ? 'join:ime.on' : 'join:ime.off'),
      };
    case 'absent':
      return { applicable: true, previousImeOn: false, message: t('join:ime.off') };
    case 'unreadable':
      return {
        applicable: true,
        previousImeOn: null,
        message: t('join:ime.unknown', { why: reading.why }),
      };
  }
}

/** `ime.status`: whether "use previous version of Microsoft IME" is on (Windows only). */
export async function imeStatus(deps: ImeDeps): Promise<ImeStatus> {
  if (deps.platform !== 'win32')
    return {
      applicable: false,
      previousImeOn: null,
      message: translator(deps.lang)('join:ime.notWindows'),
    };
  return statusOf(await readImeSetting(deps.run), deps.lang);
}

/**
 * `ime.enable`: turns the previous IME on for the session. The journal entry (with the exact undo) is
 * written before the change, so cleanup and `session-prep undo` put the old value back even after a crash.
 */
export async function enableIme(deps: ImeDeps): Promise<ImeStatus> {
  const t = translator(deps.lang);
  if (deps.platform !== 'win32')
    return { applicable: false, previousImeOn: null, message: t('join:ime.notWindows') };
  const before = await readImeSetting(deps.run);
  if (before.state === 'present' && before.value === 1) return statusOf(before, deps.lang);
  if (before.state === 'unreadable')
    return {
      applicable: true,
      previousImeOn: null,
      message: t('join:ime.enableFailed', { why: before.why }),
    };
  const { apply } = imeEnableCommands(before);
  const entry = {
    id: IME_JOURNAL_ID,
    title: t('join:ime.journalTitle'),
    appliedAt: (deps.now?.() ?? new Date()).toISOString(),
    platform: 'win32',
    area: 'ime',
    undo: {
      kind: 'ime' as const,
      before:
        before.state === 'present'
          ? { state: 'present' as const, value: before.value }
          : { state: 'absent' as const },
    },
  };
  await recordChange(deps.dataDir, { ...entry, state: 'applying' });
  const result = await deps.run(commandOf(apply));
  if (!result.ok) {
    // Nothing changed, so there is nothing to undo later.
    await removeEntry(deps.dataDir, IME_JOURNAL_ID);
    const why = failureText(result);
    return { applicable: true, previousImeOn: false, message: t('join:ime.enableFailed', { why }) };
  }
  await recordChange(deps.dataDir, { ...entry, state: 'applied' });
  return { applicable: true, previousImeOn: true, message: t('join:ime.enabled') };
}
