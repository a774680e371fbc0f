import { NumberInput, SimpleGrid, Stack, Switch } from '@mantine/core';
import { IconClock } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LanguagePicker } from '../../components/LanguagePicker';
import { useSettings } from '../../hooks/useSettings';
import { SettingsSection } from './SettingsSection';

const MIN_IDLE = 1;
const MAX_IDLE = 240;

/** This workstation's preferences (not stored in the case file): idle lock, language, recents. */
export function PreferencesCard() {
  const { t } = useTranslation();
  const { settings, update } = useSettings();
  const [idle, setIdle] = useState<string | number>(settings?.idleLockMinutes ?? '');

  useEffect(() => {
    if (settings) setIdle(settings.idleLockMinutes);
  }, [settings]);

  const saveIdle = () => {
    const minutes = typeof idle === 'number' ? idle : Number.parseInt(idle, 10);
    if (!settings || !Number.isInteger(minutes) || minutes === settings.idleLockMinutes) return;
    if (minutes < MIN_IDLE || minutes > MAX_IDLE) {
      setIdle(settings.idleLockMinutes);
      return;
    }
    void update({ idleLockMinutes: minutes });
  };

  return (
    <SettingsSection
      title={t('settings.device')}
      description={t('settings.deviceIntro')}
      testId="settings-preferences"
    >
      <Stack gap="lg">
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="lg">
          <NumberInput
            label={t('settings.idleLock')}
            description={t('settings.idleLockHint')}
            value={idle}
            onChange={setIdle}
            onBlur={saveIdle}
            onKeyDown={(e) => {
              if (e.key === 'Enter') saveIdle();
            }}
            min={MIN_IDLE}
            max={MAX_IDLE}
            allowDecimal={false}
            allowNegative={false}
            clampBehavior="strict"
            leftSection={<IconClock size={16} />}
            disabled={!settings}
            data-testid="settings-idle-minutes"
          />
          <LanguagePicker width="100%" label={t('settings.language')} testId="settings-language" />
        </SimpleGrid>
        <Switch
          label={t('settings.rememberRecent')}
          description={t('settings.rememberRecentHint')}
          checked={settings?.rememberRecent ?? false}
          onChange={(e) => void update({ rememberRecent: e.currentTarget.checked })}
          disabled={!settings}
          data-testid="settings-remember-recent"
        />
      </Stack>
    </SettingsSection>
  );
}
