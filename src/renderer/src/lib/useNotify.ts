import { notifications } from '@mantine/notifications';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { IpcError } from '../../../shared/ipc/define';
import { errorText } from './error-text';

export interface Notify {
  error: (error: IpcError) => void;
  success: (message: string) => void;
  info: (title: string, message: string) => void;
}

/** Toasts; errors stay longer than confirmations. */
export function useNotify(): Notify {
  const { t } = useTranslation();
  return useMemo(
    () => ({
      error: (error) => {
        notifications.show({
          color: 'red',
          title: t('errors.title'),
          message: errorText(t, error),
          autoClose: 10_000,
          withBorder: true,
          'data-testid': 'toast-error',
        });
      },
      success: (message) => {
        notifications.show({
          color: 'teal',
          message,
          autoClose: 5_000,
          withBorder: true,
          'data-testid': 'toast-success',
        });
      },
      info: (title, message) => {
        notifications.show({ title, message, autoClose: 8_000, withBorder: true });
      },
    }),
    [t],
  );
}
