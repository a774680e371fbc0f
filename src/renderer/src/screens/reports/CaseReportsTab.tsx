import { Button, Card, Group, Skeleton, Stack, Text, Title } from '@mantine/core';
import {
  IconBook2,
  IconFileCertificate,
  IconReceipt,
  IconShieldSearch,
  type Icon,
} from '@tabler/icons-react';
import { useCallback, useEffect, useState } from 'react';
import type { ReportKind, ReportRecord } from '../../../../shared/domain/report';
import { api } from '../../api';
import { useIpc } from '../../lib/useIpc';
import { useCaseContext } from '../cases/case-context';
import { RequestsPanel } from '../requests/RequestsPanel';
import { DIALOG_KINDS, GenerateReportModal } from './GenerateReportModal';
import { ReportRegisterTable } from './ReportRegisterTable';
import { useReportsText } from './reports-text';

const ICONS: Record<(typeof DIALOG_KINDS)[number], Icon> = {
  dossier: IconBook2,
  interpol: IconShieldSearch,
  custody: IconFileCertificate,
  'seizure-receipt': IconReceipt,
};

/**
 * The case's reports: a button per kind opening the generation dialog, the case's register
 * (every PDF generated, with its ID and SHA-256), and the international requests of the case.
 */
export function CaseReportsTab() {
  const t = useReportsText();
  const call = useIpc();
  const { view } = useCaseContext();
  const caseId = view.record.id;
  const [reports, setReports] = useState<ReportRecord[] | null>(null);
  const [generating, setGenerating] = useState<ReportKind | null>(null);

  const load = useCallback(async () => {
    const list = await call(api.report.list({ caseId }));
    if (list) setReports(list);
  }, [call, caseId]);

  useEffect(() => {
    void load();
  }, [load]);

  return (
    <Stack gap="md" data-testid="case-tab-panel-reports">
      <Card>
        <Group justify="space-between" align="flex-start" mb="sm" wrap="wrap">
          <div>
            <Title order={3} size="h5">
              {t('tab.title')}
            </Title>
            <Text size="xs" c="dimmed" maw={720}>
              {t('tab.intro')}
            </Text>
          </div>
        </Group>
        <Group gap="sm" mb="md">
          {DIALOG_KINDS.map((k) => {
            const KindIcon = ICONS[k];
            return (
              <Button
                key={k}
                variant={k === 'dossier' ? 'filled' : 'light'}
                leftSection={<KindIcon size={16} />}
                onClick={() => setGenerating(k)}
                data-testid={`report-new-${k}`}
              >
                {t(`kindShort.${k}`)}
              </Button>
            );
          })}
        </Group>
        {reports === null ? (
          <Skeleton h={80} />
        ) : reports.length === 0 ? (
          <Text size="sm" c="dimmed" data-testid="case-reports-empty">
            {t('tab.empty')}
          </Text>
        ) : (
          <ReportRegisterTable reports={reports} testId="case-reports" />
        )}
      </Card>
      <RequestsPanel caseId={caseId} />
      <GenerateReportModal
        caseId={caseId}
        kind={generating ?? undefined}
        opened={generating !== null}
        onClose={() => setGenerating(null)}
        onGenerated={() => void load()}
      />
    </Stack>
  );
}
