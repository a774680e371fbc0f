import { useCallback } from 'react';
import type { IpcError, IpcResult } from '../../../shared/ipc/define';
import { settle } from './settle';
import { useNotify } from './useNotify';

/**
 * Runs one IPC call and returns its value, or undefined after showing the error as a toast.
 * `handle` may claim an error (return true) to show it inline instead.
 */
export function useIpc(): <T>(
  call: Promise<IpcResult<T>>,
  handle?: (error: IpcError) => boolean,
) => Promise<T | undefined> {
  const notify = useNotify();
  return useCallback(
    async <T>(call: Promise<IpcResult<T>>, handle?: (error: IpcError) => boolean) => {
      const result = await settle(call);
      if (result.ok) return result.value;
      if (!handle?.(result.error)) notify.error(result.error);
      return undefined;
    },
    [notify],
  );
}
