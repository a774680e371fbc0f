import { Select } from '@mantine/core';
import { IconLanguage } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useSettings } from '../hooks/useSettings';
import { isLanguage, LANGUAGES, setLanguage } from '../i18n';
import { LANGUAGE_NAMES } from '../lib/language-names';

const OPTIONS = LANGUAGES.map((value) => ({ value, label: LANGUAGE_NAMES[value] }));

interface Props {
  width?: number | string;
  label?: string;
  testId?: string;
}

/** The interface language, saved in the device settings (or just applied, if main cannot). */
export function LanguagePicker({ width = 200, label, testId = 'language-picker' }: Props) {
  const { t, i18n } = useTranslation();
  const { settings, update } = useSettings();
  const current = settings?.language ?? (isLanguage(i18n.language) ? i18n.language : 'en');

  const change = (value: string | null) => {
    if (!value || !isLanguage(value) || value === current) return;
    if (settings) void update({ language: value });
    else void setLanguage(value);
  };

  return (
    <Select
      w={width}
      label={label}
      aria-label={t('settings.language')}
      data={OPTIONS}
      value={current}
      onChange={change}
      leftSection={<IconLanguage size={16} />}
      comboboxProps={{ withinPortal: true }}
      data-testid={testId}
    />
  );
}
