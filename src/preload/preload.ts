// The sandboxed preload: exactly the method table and an event subscription, as window.sessionPrep.
import { contextBridge, ipcRenderer } from 'electron';
import { API_CHANNEL, EVENT_CHANNEL } from '../shared/api';
import { buildPreloadSurface, PRELOAD_GLOBAL } from '../shared/preload-surface';

contextBridge.exposeInMainWorld(
  PRELOAD_GLOBAL,
  buildPreloadSurface(
    (method, params) => ipcRenderer.invoke(API_CHANNEL, method, params),
    (deliver) =>
      ipcRenderer.on(EVENT_CHANNEL, (_event, name: unknown, payload: unknown) =>
        deliver(name, payload),
      ),
  ),
);
