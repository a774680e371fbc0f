import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** Foundation placeholder (issue #7); replaced by the real screen. */
export function OpinionsTab() {
  const { t } = useTranslation();
  return <Text data-testid="screen-OpinionsTab">{t('experts.title')}</Text>;
}
