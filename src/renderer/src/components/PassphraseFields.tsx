import { PasswordInput, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { PassphrasePair } from '../hooks/usePassphrasePair';
import { StrengthMeter } from './StrengthMeter';

interface Props {
  pair: PassphrasePair;
  /** data-testid of the first field; the repetition gets `${testId}-repeat`. */
  testId: string;
  label?: string;
  disabled?: boolean;
}

/** A new passphrase, its live strength, and the repetition that must match it. */
export function PassphraseFields({ pair, testId, label, disabled }: Props) {
  const { t } = useTranslation();
  const { passphrase, repeat } = pair;
  // Complain only once the repetition can no longer become a match.
  const mismatch =
    repeat.length > 0 &&
    repeat !== passphrase &&
    (repeat.length >= passphrase.length || !passphrase.startsWith(repeat));

  return (
    <Stack gap="sm">
      <Stack gap={6}>
        <PasswordInput
          label={label ?? t('passphrase.new')}
          description={t('passphrase.rule')}
          value={passphrase}
          onChange={(e) => pair.setPassphrase(e.currentTarget.value)}
          autoComplete="new-password"
          required
          disabled={disabled}
          data-testid={testId}
        />
        <StrengthMeter verdict={pair.verdict} />
      </Stack>
      <PasswordInput
        label={t('passphrase.repeat')}
        value={repeat}
        onChange={(e) => pair.setRepeat(e.currentTarget.value)}
        autoComplete="new-password"
        required
        disabled={disabled}
        error={mismatch ? t('passphrase.mismatch') : undefined}
        data-testid={`${testId}-repeat`}
      />
    </Stack>
  );
}
