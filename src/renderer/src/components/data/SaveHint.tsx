import { Text } from '@mantine/core';
import { shortcutLabel } from '../../lib/shortcuts';
import { useDataText } from './data-text';

/** "Ctrl+Enter saves · Esc cancels", beside a form's buttons. */
export function SaveHint() {
  const t = useDataText();
  return (
    <Text size="xs" c="dimmed">
      {t('saveHint', { save: shortcutLabel('Enter') })}
    </Text>
  );
}
