import { Anchor, Button, Group, Paper, Text } from '@mantine/core';
import { IconDeviceDesktop } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseFileSummary } from '../../../../shared/ipc/schemas';
import { api } from '../../api';
import { useIpc } from '../../lib/useIpc';

interface Props {
  path: string;
  operatorName: string;
  onUnlocked: (summary: CaseFileSummary) => void;
  onForgotten: () => void;
}

/** This workstation remembers the case file for one operator: unlock without the passphrase. */
export function RememberedUnlock({ path, operatorName, onUnlocked, onForgotten }: Props) {
  const { t } = useTranslation();
  const call = useIpc();
  const [busy, setBusy] = useState(false);

  const unlock = async () => {
    setBusy(true);
    const summary = await call(api.casefile.unlockRemembered({ path }));
    setBusy(false);
    if (summary) onUnlocked(summary);
    else onForgotten();
  };
  const forget = async () => {
    if (await call(api.device.forget({ path }))) onForgotten();
  };

  return (
    <Paper withBorder p="sm" radius="sm" data-testid="unlock-remembered">
      <Group justify="space-between" wrap="nowrap">
        <Text size="sm">{t('unlock.remembered', { name: operatorName })}</Text>
        <Button
          size="xs"
          leftSection={<IconDeviceDesktop size={16} />}
          loading={busy}
          onClick={() => void unlock()}
          data-testid="unlock-remembered-submit"
          style={{ flexShrink: 0 }}
        >
          {t('unlock.rememberedSubmit')}
        </Button>
      </Group>
      <Anchor component="button" type="button" size="xs" c="dimmed" onClick={() => void forget()}>
        {t('unlock.forget')}
      </Anchor>
    </Paper>
  );
}
