import { Alert } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useObjectsText } from '../useObjectsText';

/**
 * Absence from a stolen-art database is not evidence of licit origin (REFERENCE §1.2): objects
 * looted from sites were never registered, thefts go unreported or are reported late.
 */
export function NoHitNotice(props: { compact?: boolean }) {
  const t = useObjectsText();
  return (
    <Alert
      color="yellow"
      variant="light"
      icon={<IconAlertTriangle size={18} />}
      title={props.compact ? undefined : t('checks.noHitTitle')}
      data-testid="checks-no-hit-notice"
      styles={{ message: { fontSize: 'var(--mantine-font-size-sm)' } }}
    >
      {t('checks.noHitText')}
    </Alert>
  );
}
