import { Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ScreenHeader } from '../../components/ScreenHeader';
import { ExchangeRatesCard } from '../money/rates/ExchangeRatesCard';
import { ChangePassphraseCard } from './ChangePassphraseCard';
import { OperatorsCard } from './OperatorsCard';
import { PreferencesCard } from './PreferencesCard';
import { ReferenceListsCard } from './ReferenceListsCard';

/** Who may open this case file, my own passphrase, its reference lists, and this device's preferences. */
export function SettingsScreen() {
  const { t } = useTranslation();
  return (
    <Stack gap="lg" maw={880} data-testid="screen-settings">
      <ScreenHeader title={t('areas.settings.title')} description={t('settings.intro')} />
      <OperatorsCard />
      <ChangePassphraseCard />
      <ReferenceListsCard />
      <ExchangeRatesCard />
      <PreferencesCard />
    </Stack>
  );
}
