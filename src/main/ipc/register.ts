import { contract, channelNames } from '../../shared/ipc/contract';
import type { AppServices } from '../core/workspace/app-services';
import { wrapHandler, type HandleOptions, type IpcMainLike } from './handle';
import { buildHandlers } from './handlers';

export type { IpcMainLike } from './handle';

/**
 * Registers every channel of the contract on `ipcMain` (Electron's, or the harness's shim) and
 * returns a function that removes them again.
 */
export function registerIpc(
  ipcMain: IpcMainLike,
  services: AppServices,
  opts: Pick<HandleOptions, 'isTrustedSender' | 'logUnexpected'>,
): () => void {
  const handlers = buildHandlers(services);
  const options: HandleOptions = {
    ...opts,
    onRequest: (channel) => {
      if (channel !== 'casefile:status') services.workspace.activity();
    },
  };
  for (const name of channelNames) {
    ipcMain.handle(name, wrapHandler(name, contract[name], handlers[name] as never, options));
  }
  return () => {
    for (const name of channelNames) ipcMain.removeHandler(name);
  };
}
