import type { WindowApi } from '../../shared/ipc/contract';

declare global {
  interface Window {
    readonly custodia: WindowApi;
  }
}

/** The one door to the rest of the app (see src/preload). */
export const api: WindowApi = window.custodia;
