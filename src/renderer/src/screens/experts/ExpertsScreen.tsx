import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** Foundation placeholder (issue #7); replaced by the real screen. */
export function ExpertsScreen() {
  const { t } = useTranslation();
  return <Text data-testid="screen-ExpertsScreen">{t('experts.title')}</Text>;
}
