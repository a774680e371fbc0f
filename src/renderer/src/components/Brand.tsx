import { Group, Text, ThemeIcon } from '@mantine/core';
import { IconShieldLock } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

export function Brand() {
  const { t } = useTranslation();
  return (
    <Group gap={8} wrap="nowrap">
      <ThemeIcon size={28} radius="sm" variant="filled">
        <IconShieldLock size={18} stroke={1.8} />
      </ThemeIcon>
      <Text fw={700} size="md" c="gray.9">
        {t('app.title')}
      </Text>
    </Group>
  );
}
