import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';

import type { DeskBridge } from './bridge';

/**
 * The page gets one narrow object (style.md §5): invoke a contract channel, or listen to a
 * named push. Never ipcRenderer itself.
 */
const bridge: DeskBridge = {
  invoke: (channel, request) => ipcRenderer.invoke('desk:invoke', channel, request),
  on: (event, listener) => {
    const forward = (_e: IpcRendererEvent, name: unknown, payload: unknown) => {
      if (name === event) listener(payload as never);
    };
    ipcRenderer.on('desk:event', forward);
    return () => ipcRenderer.removeListener('desk:event', forward);
  },
};

contextBridge.exposeInMainWorld('desk', bridge);
