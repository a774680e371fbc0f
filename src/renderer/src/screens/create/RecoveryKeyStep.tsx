import { Alert, Button, Checkbox, Group, Stack, Text } from '@mantine/core';
import { IconAlertTriangle, IconFileTypePdf } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api';
import { RecoveryKeyGroups } from '../../components/RecoveryKeyGroups';
import { useHoldOpen } from '../../hooks/useHoldOpen';
import { useIpc } from '../../lib/useIpc';
import { useNotify } from '../../lib/useNotify';
import { FormCard } from '../public/FormCard';

interface Props {
  caseFileName: string;
  recoveryKey: string;
  onContinue: () => void;
}

/** The only time the recovery key is shown: written down or printed, then confirmed. */
export function RecoveryKeyStep({ caseFileName, recoveryKey, onContinue }: Props) {
  const { t } = useTranslation();
  const call = useIpc();
  const notify = useNotify();
  const [confirmed, setConfirmed] = useState(false);
  const [saving, setSaving] = useState(false);
  useHoldOpen(true);

  const saveSheet = async () => {
    setSaving(true);
    const chosen = await call(
      api.dialog.savePdf({ suggestedName: t('recovery.sheetFileName', { name: caseFileName }) }),
    );
    if (chosen?.path) {
      const saved = await call(api.casefile.saveRecoverySheet({ path: chosen.path, recoveryKey }));
      if (saved) notify.success(t('recovery.sheetSaved', { path: saved.path }));
    }
    setSaving(false);
  };

  return (
    <FormCard
      testId="screen-recovery-key"
      title={t('recovery.title')}
      description={t('recovery.intro', { name: caseFileName })}
    >
      <Alert color="orange" variant="light" icon={<IconAlertTriangle size={18} />}>
        {t('recovery.once')}
      </Alert>
      <RecoveryKeyGroups recoveryKey={recoveryKey} />
      <Stack gap={4}>
        <Button
          variant="default"
          leftSection={<IconFileTypePdf size={18} />}
          onClick={() => void saveSheet()}
          loading={saving}
          data-testid="recovery-save-pdf"
        >
          {t('recovery.savePdf')}
        </Button>
        <Text size="xs" c="dimmed">
          {t('recovery.savePdfHint')}
        </Text>
      </Stack>
      <Checkbox
        checked={confirmed}
        onChange={(e) => setConfirmed(e.currentTarget.checked)}
        label={t('recovery.confirm')}
        data-testid="recovery-confirm"
      />
      <Group justify="flex-end">
        <Button disabled={!confirmed} onClick={onContinue} data-testid="recovery-continue">
          {t('recovery.continue')}
        </Button>
      </Group>
    </FormCard>
  );
}
