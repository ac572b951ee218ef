import { ipcMain } from 'electron';
import { API_CHANNEL, EVENT_CHANNEL } from '../../shared/api';
import { translator } from '../../shared/i18n';
import type { Lang } from '../../shared/lang';
import { refused } from '../../shared/reply';
import type { Dispatch } from '../core/dispatch';
import { isOwnFrame } from '../core/shell-guards/shell-guards';

/** The one IPC handler: our own top frame may call dispatch; its events go back to the page that asked. */
export function wireApi(dispatch: Dispatch, ownPage: string, lang: Lang): void {
  ipcMain.handle(API_CHANNEL, (event, method: unknown, params: unknown) => {
    const frame = event.senderFrame;
    const sender = frame ? { url: frame.url, isMainFrame: frame.parent === null } : null;
    if (!isOwnFrame(sender, ownPage))
      return refused('bad_sender', translator(lang)('api:bridge.badSender'));
    return dispatch(method, params, {
      emit: (name, payload) => {
        if (!event.sender.isDestroyed()) event.sender.send(EVENT_CHANNEL, name, payload);
      },
    });
  });
}
