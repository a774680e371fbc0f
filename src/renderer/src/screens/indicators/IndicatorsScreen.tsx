import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** Foundation placeholder (issue #8); replaced by the real screen. */
export function IndicatorsScreen() {
  const { t } = useTranslation();
  return <Text data-testid="screen-IndicatorsScreen">{t('indicators.title')}</Text>;
}
