import { IpcErrorCode, type IpcResult } from '../../../shared/ipc/define';

/**
 * The contract promises a result object, never a rejection; a rejected invoke (no handler yet,
 * main restarting) is turned into an ordinary INTERNAL error so every caller handles one shape.
 */
export async function settle<T>(call: Promise<IpcResult<T>>): Promise<IpcResult<T>> {
  try {
    return await call;
  } catch (e) {
    return {
      ok: false,
      error: { code: IpcErrorCode.Internal, message: e instanceof Error ? e.message : String(e) },
    };
  }
}
