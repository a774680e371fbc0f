import { Alert, Button, Group, Text } from '@mantine/core';
import { IconRefresh, IconUsers } from '@tabler/icons-react';
import { useDataText } from './data-text';

/**
 * EDIT_CONFLICT: the record changed after this form read it, and nothing was saved. Reload shows
 * the current version; the person then makes their change again, so no one's edit is lost unseen.
 */
export function EditConflictAlert(props: { onReload: () => void; reloading?: boolean }) {
  const t = useDataText();
  return (
    <Alert
      color="orange"
      variant="light"
      icon={<IconUsers size={18} />}
      title={t('conflict.title')}
      data-testid="edit-conflict"
    >
      <Group justify="space-between" wrap="nowrap" gap="md">
        <Text size="sm">{t('conflict.message')}</Text>
        <Button
          size="xs"
          variant="white"
          color="orange"
          leftSection={<IconRefresh size={14} />}
          loading={props.reloading}
          onClick={props.onReload}
          data-testid="edit-conflict-reload"
        >
          {t('conflict.reload')}
        </Button>
      </Group>
    </Alert>
  );
}
