import { Button, Group } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { SaveHint } from './SaveHint';

interface Props {
  onCancel: () => void;
  busy: boolean;
  saveLabel: ReactNode;
  saveTestId: string;
  cancelTestId?: string;
  saveDisabled?: boolean;
}

/** The bottom of every form dialog: the keyboard hint, Cancel, and the submit button. */
export function FormFooter({
  onCancel,
  busy,
  saveLabel,
  saveTestId,
  cancelTestId,
  saveDisabled,
}: Props) {
  const { t } = useTranslation();
  return (
    <Group justify="space-between" wrap="nowrap">
      <SaveHint />
      <Group gap="sm" wrap="nowrap">
        <Button variant="default" onClick={onCancel} data-testid={cancelTestId}>
          {t('common.cancel')}
        </Button>
        <Button type="submit" loading={busy} disabled={saveDisabled} data-testid={saveTestId}>
          {saveLabel}
        </Button>
      </Group>
    </Group>
  );
}
