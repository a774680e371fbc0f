import { notifications } from '@mantine/notifications';
import { useCallback } from 'react';
import { useNavigate } from 'react-router';
import { CaseFileErrorCode } from '../../../shared/case-file/errors';
import { api } from '../api';
import { routes, type LockReason } from '../lib/routes';
import { useIpc } from '../lib/useIpc';
import { useSession } from './useSession';

/** Locking, whoever started it: back to the unlock screen of the same case file. */
export function useLock(): { lock: () => Promise<void>; onLocked: (reason: LockReason) => void } {
  const { closed } = useSession();
  const navigate = useNavigate();
  const call = useIpc();

  const onLocked = useCallback(
    (reason: LockReason) => {
      const was = closed(reason);
      if (!was) return;
      // Toasts may name people or files of the case file: locked means nothing of it on screen.
      notifications.clean();
      void navigate(routes.unlock(was.path, reason), { replace: true });
    },
    [closed, navigate],
  );

  const lock = useCallback(async () => {
    let alreadyLocked = false;
    const done = await call(api.casefile.lock({}), (e) => {
      // Main locked it already (idle, suspend) and its event was missed: same outcome.
      alreadyLocked = e.code === CaseFileErrorCode.NoCaseFileOpen;
      return alreadyLocked;
    });
    // Anything else failed: the case file may still be open, so do not pretend it is locked.
    if (done || alreadyLocked) onLocked('user');
  }, [call, onLocked]);

  return { lock, onLocked };
}
