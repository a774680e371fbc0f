import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** Foundation placeholder (issue #8); replaced by the real screen. */
export function ObjectIndicatorsTab() {
  const { t } = useTranslation();
  return <Text data-testid="screen-ObjectIndicatorsTab">{t('observations.title')}</Text>;
}
