import { Alert } from '@mantine/core';
import { IconLock } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useSettings } from '../../hooks/useSettings';

/** Why the case file locked itself, when it was not the person's own doing. */
export function LockNotice({ reason }: { reason: string | null }) {
  const { t } = useTranslation();
  const { settings } = useSettings();
  const text =
    reason === 'idle'
      ? settings
        ? t('lockNotice.idle', { count: settings.idleLockMinutes })
        : t('lockNotice.idleUnknown')
      : reason === 'suspend'
        ? t('lockNotice.suspend')
        : reason === 'screen-lock'
          ? t('lockNotice.screenLock')
          : null;
  if (!text) return null;
  return (
    <Alert
      color="steel"
      variant="light"
      icon={<IconLock size={18} />}
      py="xs"
      data-testid="unlock-notice"
    >
      {text}
    </Alert>
  );
}
