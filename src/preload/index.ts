import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { channelNames, splitChannel, type WindowApi } from '../shared/ipc/contract';
import { eventContract, type EventName } from '../shared/ipc/events';

/**
 * `window.custodia`, derived from the contract: one method per channel, grouped by domain, plus
 * `on(event, listener)` for the events main pushes. ipcRenderer itself never leaves this file.
 */
function buildApi(): WindowApi {
  const api: Record<string, Record<string, unknown>> = {};
  for (const name of channelNames) {
    const { domain, method } = splitChannel(name);
    (api[domain] ??= {})[method] = (input: unknown) => ipcRenderer.invoke(name, input);
  }
  const on = (event: EventName, listener: (payload: unknown) => void) => {
    if (!Object.hasOwn(eventContract, event)) throw new Error(`unknown event ${String(event)}`);
    const wrapped = (_e: IpcRendererEvent, payload: unknown) => listener(payload);
    ipcRenderer.on(event, wrapped);
    return () => {
      ipcRenderer.removeListener(event, wrapped);
    };
  };
  for (const group of Object.values(api)) Object.freeze(group);
  return Object.freeze({ ...api, on }) as unknown as WindowApi;
}

contextBridge.exposeInMainWorld('custodia', buildApi());
