import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { api } from '../api';
import { routes } from '../lib/routes';
import { useIpc } from '../lib/useIpc';
import { useConfirm } from './useConfirm';
import { useLock } from './useLock';
import { useSession } from './useSession';
import { displayName } from '../lib/display-name';

/** "Open case file…" and "New case file…": a native dialog, then the unlock or create screen. */
export function useCaseFileDialogs(): { open: () => Promise<void>; create: () => Promise<void> } {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const call = useIpc();
  const confirm = useConfirm();
  const { summary } = useSession();
  const { lock } = useLock();

  /** Only one case file is open at a time: the current one is locked first, if the person agrees. */
  const leaveCurrent = useCallback(async () => {
    if (!summary) return true;
    const agreed = await confirm({
      title: t('switch.title'),
      message: t('switch.message', { name: displayName(summary.name) }),
      confirmLabel: t('switch.confirm'),
    });
    if (agreed) await lock();
    return agreed;
  }, [summary, confirm, lock, t]);

  const open = useCallback(async () => {
    const chosen = await call(api.dialog.openCaseFile({}));
    if (!chosen?.path || !(await leaveCurrent())) return;
    void navigate(routes.unlock(chosen.path));
  }, [call, leaveCurrent, navigate]);

  const create = useCallback(async () => {
    const chosen = await call(api.dialog.newCaseFile({}));
    if (!chosen?.path || !(await leaveCurrent())) return;
    void navigate(routes.create(chosen.path));
  }, [call, leaveCurrent, navigate]);

  return { open, create };
}
