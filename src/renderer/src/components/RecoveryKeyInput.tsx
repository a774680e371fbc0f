import { TextInput } from '@mantine/core';
import { IconKey } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { decodeRecoveryKey } from '../../../shared/case-file/recovery-key';
import { recoveryKeyProblemText } from '../lib/error-text';

const GROUP = 5;
const LENGTH = 40;

/** What was typed, as the sheet prints it: upper case, groups of five joined by dashes. */
export function formatRecoveryKey(typed: string): string {
  const compact = typed
    .replace(/[^0-9a-z]/gi, '')
    .toUpperCase()
    .slice(0, LENGTH);
  return compact.match(new RegExp(`.{1,${GROUP}}`, 'g'))?.join('-') ?? '';
}

/** True once the key is complete and every group's check character matches. */
export function isRecoveryKeyComplete(value: string): boolean {
  return decodeRecoveryKey(value).ok;
}

interface Props {
  value: string;
  onChange: (value: string) => void;
  disabled?: boolean;
}

/** Types a recovery key; a typo is named by its group before anything is sent. */
export function RecoveryKeyInput({ value, onChange, disabled }: Props) {
  const { t } = useTranslation();
  const [touched, setTouched] = useState(false);
  const decoded = decodeRecoveryKey(value);
  const complete = value.replace(/-/g, '').length === LENGTH;
  const problem =
    !decoded.ok && value !== '' && (complete || touched)
      ? recoveryKeyProblemText(t, decoded.reason, decoded.group)
      : undefined;

  return (
    <TextInput
      label={t('recover.key')}
      description={t('recover.keyHint')}
      placeholder={t('recover.keyPlaceholder')}
      value={value}
      onChange={(e) => onChange(formatRecoveryKey(e.currentTarget.value))}
      onBlur={() => setTouched(true)}
      error={problem}
      leftSection={<IconKey size={16} />}
      required
      disabled={disabled}
      autoComplete="off"
      spellCheck={false}
      styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)', letterSpacing: 1 } }}
      data-testid="recover-key"
    />
  );
}
