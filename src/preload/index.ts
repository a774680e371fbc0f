import { contextBridge } from 'electron';

/**
 * The renderer's only door. For now it carries no channels; the typed IPC contract
 * (src/shared/ipc) adds them, each validated on the main side.
 */
const api = Object.freeze({
  platform: process.platform,
});

export type CustodiaApi = typeof api;

contextBridge.exposeInMainWorld('custodia', api);
