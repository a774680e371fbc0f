import { Button, Card, Group, Stack, Text } from '@mantine/core';
import { IconArchive, IconShieldCheck } from '@tabler/icons-react';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router';
import type { ChannelOutput } from '../../../../shared/ipc/contract';
import type { VerifyReport } from '../../../../shared/ipc/schemas';
import { api } from '../../api';
import { useTaskProgress, type TaskName } from '../../hooks/useTaskProgress';
import { useIpc } from '../../lib/useIpc';
import { BackupResult } from './BackupResult';
import { TaskProgressBar } from './TaskProgressBar';
import { VerifyResult } from './VerifyResult';

type Outcome =
  | { task: 'verify'; report: VerifyReport }
  | { task: 'backup'; backup: ChannelOutput<'casefile:backup'> };

/** Verify and back up: one task at a time, its progress, then what it found. */
export function IntegrityCard({ onFinished }: { onFinished: () => void }) {
  const { t } = useTranslation();
  const call = useIpc();
  const location = useLocation();
  const navigate = useNavigate();
  const [running, setRunning] = useState<TaskName | null>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const { progress, reset } = useTaskProgress(running);

  const verify = useCallback(async () => {
    setOutcome(null);
    reset();
    setRunning('verify');
    const report = await call(api.casefile.verify({}));
    setRunning(null);
    if (report) setOutcome({ task: 'verify', report });
    onFinished();
  }, [call, reset, onFinished]);

  const backup = useCallback(async () => {
    const chosen = await call(api.dialog.backupDestination({}));
    if (!chosen?.path) return;
    setOutcome(null);
    reset();
    setRunning('backup');
    const result = await call(api.casefile.backup({ destination: chosen.path }));
    setRunning(null);
    if (result) setOutcome({ task: 'backup', backup: result });
    onFinished();
  }, [call, reset, onFinished]);

  // The application menu's "Verify" and "Back up" arrive here as navigation state.
  const requested = (location.state as { run?: TaskName } | null)?.run;
  useEffect(() => {
    if (!requested) return;
    void navigate(location.pathname, { replace: true, state: null });
    void (requested === 'verify' ? verify() : backup());
  }, [requested, location.pathname, navigate, verify, backup]);

  return (
    <Card data-testid="overview-integrity">
      <Group justify="space-between" align="flex-start" wrap="nowrap" gap="lg">
        <Stack gap={2} miw={0}>
          <Text fw={600} size="sm">
            {t('integrity.title')}
          </Text>
          <Text size="sm" c="dimmed">
            {t('integrity.intro')}
          </Text>
        </Stack>
        <Group gap="xs" wrap="nowrap">
          <Button
            leftSection={<IconShieldCheck size={18} />}
            onClick={() => void verify()}
            loading={running === 'verify'}
            disabled={running !== null}
            data-testid="overview-verify"
          >
            {t('integrity.verify')}
          </Button>
          <Button
            variant="default"
            leftSection={<IconArchive size={18} />}
            onClick={() => void backup()}
            loading={running === 'backup'}
            disabled={running !== null}
            data-testid="overview-backup"
          >
            {t('integrity.backup')}
          </Button>
        </Group>
      </Group>
      {running ? <TaskProgressBar task={running} progress={progress} /> : null}
      {outcome?.task === 'verify' ? <VerifyResult report={outcome.report} /> : null}
      {outcome?.task === 'backup' ? <BackupResult backup={outcome.backup} /> : null}
    </Card>
  );
}
