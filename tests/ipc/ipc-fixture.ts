import path from 'node:path';
import { createAppServices, type AppServices } from '../../src/main/core/workspace/app-services';
import type { DeviceVault } from '../../src/main/core/workspace/remembered-keys';
import type { IpcInvokeEventLike, IpcMainLike } from '../../src/main/ipc/handle';
import { registerIpc } from '../../src/main/ipc/register';
import type { ChannelInput, ChannelName, ChannelOutput } from '../../src/shared/ipc/contract';
import type { IpcResult } from '../../src/shared/ipc/define';
import { tempDir, testRuntime, TEST_KDF } from '../helpers/case-files';

export const APP_URL = 'file:///opt/custodia/resources/app/out/renderer/index.html';

/** ipcMain as a plain map, so tests call the real handlers the way Electron would. */
export class IpcMainShim implements IpcMainLike {
  readonly handlers = new Map<string, (event: IpcInvokeEventLike, ...args: unknown[]) => unknown>();
  handle(
    channel: string,
    listener: (event: IpcInvokeEventLike, ...args: unknown[]) => unknown,
  ): void {
    if (this.handlers.has(channel)) throw new Error(`second handler for ${channel}`);
    this.handlers.set(channel, listener);
  }
  removeHandler(channel: string): void {
    this.handlers.delete(channel);
  }
  async invokeRaw(channel: string, args: unknown[], senderUrl = APP_URL): Promise<unknown> {
    const handler = this.handlers.get(channel);
    if (!handler) throw new Error(`no handler for ${channel}`);
    return handler({ senderFrame: { url: senderUrl } }, ...args);
  }
  invoke<C extends ChannelName>(
    channel: C,
    input: ChannelInput<C>,
  ): Promise<IpcResult<ChannelOutput<C>>> {
    return this.invokeRaw(channel, [input]) as Promise<IpcResult<ChannelOutput<C>>>;
  }
}

export interface IpcFixture {
  ipc: IpcMainShim;
  services: AppServices;
  dir: string;
  events: { event: string; payload: unknown }[];
  unregister: () => void;
}

export function ipcFixture(opts: { idleLockMs?: number; vault?: DeviceVault } = {}): IpcFixture {
  const dir = tempDir();
  const events: IpcFixture['events'] = [];
  const services = createAppServices({
    userDataDir: path.join(dir, 'user-data'),
    dialogs: {
      openCaseFile: async () => null,
      newCaseFile: async () => null,
      backupDestination: async () => null,
      savePdf: async () => null,
      openImages: async () => [],
      openDocuments: async () => [],
      openBundle: async () => null,
      saveBundle: async () => null,
      openStatement: async () => null,
      saveCsv: async () => null,
      openExperts: async () => null,
      saveExperts: async () => null,
      openIndicators: async () => null,
      openPdf: async () => null,
      saveIndicators: async () => null,
    },
    notify: { send: (event, payload) => events.push({ event, payload }) },
    appVersion: '0.0.0-test',
    platform: 'linux',
    runtime: testRuntime(),
    kdfCost: TEST_KDF,
    ...(opts.idleLockMs ? { idleLockMs: opts.idleLockMs } : {}),
    ...(opts.vault ? { vault: opts.vault } : {}),
  });
  const ipc = new IpcMainShim();
  const unregister = registerIpc(ipc, services, { isTrustedSender: (url) => url === APP_URL });
  return { ipc, services, dir, events, unregister };
}
