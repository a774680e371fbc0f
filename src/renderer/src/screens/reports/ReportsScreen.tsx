import { Card, Group, Skeleton, Stack, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconSearch } from '@tabler/icons-react';
import { useEffect, useMemo, useState } from 'react';
import type { ReportRecord } from '../../../../shared/domain/report';
import { api } from '../../api';
import { ScreenHeader } from '../../components/ScreenHeader';
import { useIpc } from '../../lib/useIpc';
import { ReportRegisterTable } from './ReportRegisterTable';
import { useReportsText } from './reports-text';
import { VerifyDropZone } from './VerifyDropZone';

/** Whether a register entry matches the filter text (ID, title, case, operator, SHA-256). */
export function reportMatches(r: ReportRecord, text: string): boolean {
  const q = text.trim().toLocaleLowerCase();
  if (!q) return true;
  return [r.id, r.title, r.caseReference, r.generatedBy, r.fileName, r.sha256].some((v) =>
    v.toLocaleLowerCase().includes(q),
  );
}

/**
 * The Reports area (sidebar): the check of a PDF against the register (drop it, or choose it),
 * and the whole register of the case file, filtered by text.
 */
export function ReportsScreen() {
  const t = useReportsText();
  const call = useIpc();
  const [reports, setReports] = useState<ReportRecord[] | null>(null);
  const [filter, setFilter] = useState('');
  const [text] = useDebouncedValue(filter, 120);

  useEffect(() => {
    let live = true;
    void call(api.report.list({})).then((list) => {
      if (live && list) setReports(list);
    });
    return () => {
      live = false;
    };
  }, [call]);

  const shown = useMemo(
    () => (reports ?? []).filter((r) => reportMatches(r, text)),
    [reports, text],
  );

  return (
    <Stack gap="md" data-testid="screen-ReportsScreen">
      <ScreenHeader title={t('screen.title')} description={t('screen.intro')} />
      <Card>
        <Title order={3} size="h5" mb="sm">
          {t('verify.title')}
        </Title>
        <VerifyDropZone />
      </Card>
      <Card>
        <Title order={3} size="h5" mb="sm">
          {t('screen.register')}
        </Title>
        <Group justify="space-between" mb="sm" wrap="wrap">
          <TextInput
            leftSection={<IconSearch size={16} />}
            placeholder={t('screen.filter')}
            aria-label={t('screen.filter')}
            value={filter}
            onChange={(e) => setFilter(e.currentTarget.value)}
            w={360}
            data-testid="reports-filter"
          />
          <Text size="xs" c="dimmed" data-testid="reports-count">
            {reports ? t('screen.count', { count: shown.length }) : ' '}
          </Text>
        </Group>
        {reports === null ? (
          <Skeleton h={120} />
        ) : reports.length === 0 ? (
          <Text size="sm" c="dimmed" data-testid="reports-empty">
            {t('screen.empty')}
          </Text>
        ) : shown.length === 0 ? (
          <Text size="sm" c="dimmed" data-testid="reports-no-match">
            {t('screen.noMatch')}
          </Text>
        ) : (
          <ReportRegisterTable reports={shown} showCase testId="reports-register" />
        )}
      </Card>
    </Stack>
  );
}
