import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** Foundation placeholder (issue #7); replaced by the real screen. */
export function ConsultationsTab() {
  const { t } = useTranslation();
  return <Text data-testid="screen-ConsultationsTab">{t('experts.title')}</Text>;
}
