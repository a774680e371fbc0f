import { Alert, Button, Group, Menu, Modal, ScrollArea, Stack, Table, Text } from '@mantine/core';
import {
  IconAlertCircle,
  IconChevronDown,
  IconCircleCheck,
  IconFileExport,
  IconFileImport,
  IconFileSpreadsheet,
} from '@tabler/icons-react';
import { useState } from 'react';
import type { ExpertImportResult } from '../../../../../shared/domain/expert-views';
import { api } from '../../../api';
import { localIsoDate } from '../../../components/data/dates';
import { useFormat } from '../../../i18n/useFormat';
import { useIpc } from '../../../lib/useIpc';
import { useNotify } from '../../../lib/useNotify';
import { useExpertsText } from './experts-text';
import { importIssues, type ImportIssue } from './import-issues';

type Outcome =
  { kind: 'imported'; result: ExpertImportResult } | { kind: 'refused'; issues: ImportIssue[] };

const NUMBERS = { fontVariantNumeric: 'tabular-nums' } as const;

/**
 * "Directory file": import a directory another unit shared (JSON or CSV; what was added and what
 * was skipped, or every problem of a refused file by row), and export this one as JSON or CSV.
 */
export function DirectoryFileMenu(props: { onImported: () => void }) {
  const t = useExpertsText();
  const call = useIpc();
  const notify = useNotify();
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [opened, setOpened] = useState(false);

  const show = (next: Outcome) => {
    setOutcome(next);
    setOpened(true);
  };

  const runImport = async () => {
    if (busy) return;
    const chosen = await call(api.dialog.openExperts({}));
    if (!chosen?.path) return;
    setBusy(true);
    const result = await call(api.expert.import({ path: chosen.path }), (error) => {
      const issues = importIssues(error);
      if (!issues) return false;
      show({ kind: 'refused', issues });
      return true;
    });
    setBusy(false);
    if (!result) return;
    show({ kind: 'imported', result });
    props.onImported();
  };

  const runExport = async (format: 'json' | 'csv') => {
    if (busy) return;
    const chosen = await call(
      api.dialog.saveExperts({ suggestedName: `experts-${localIsoDate()}.${format}`, format }),
    );
    if (!chosen?.path) return;
    setBusy(true);
    const written = await call(api.expert.export({ path: chosen.path, format }));
    setBusy(false);
    if (written) notify.success(t('file.exported', { count: written.count, path: written.path }));
  };

  return (
    <>
      <Menu position="bottom-end" withinPortal>
        <Menu.Target>
          <Button
            variant="default"
            loading={busy}
            rightSection={<IconChevronDown size={14} />}
            data-testid="experts-file-menu"
          >
            {t('file.menu')}
          </Button>
        </Menu.Target>
        <Menu.Dropdown>
          <Menu.Item
            leftSection={<IconFileImport size={16} />}
            onClick={() => void runImport()}
            data-testid="experts-import"
          >
            {t('file.import')}
          </Menu.Item>
          <Menu.Divider />
          <Menu.Item
            leftSection={<IconFileExport size={16} />}
            onClick={() => void runExport('json')}
            data-testid="experts-export-json"
          >
            {t('file.exportJson')}
          </Menu.Item>
          <Menu.Item
            leftSection={<IconFileSpreadsheet size={16} />}
            onClick={() => void runExport('csv')}
            data-testid="experts-export-csv"
          >
            {t('file.exportCsv')}
          </Menu.Item>
        </Menu.Dropdown>
      </Menu>
      <Modal
        opened={opened}
        onClose={() => setOpened(false)}
        size="xl"
        title={outcome?.kind === 'refused' ? t('file.refusedTitle') : t('file.resultTitle')}
        data-testid="experts-import-modal"
      >
        {outcome?.kind === 'imported' ? (
          <ImportedBody result={outcome.result} />
        ) : outcome?.kind === 'refused' ? (
          <RefusedBody issues={outcome.issues} />
        ) : null}
        <Group justify="flex-end" mt="md">
          <Button onClick={() => setOpened(false)} data-testid="experts-import-close">
            {t('file.close')}
          </Button>
        </Group>
      </Modal>
    </>
  );
}

function ImportedBody(props: { result: ExpertImportResult }) {
  const t = useExpertsText();
  const format = useFormat();
  const { added, skipped } = props.result;
  return (
    <Stack gap="md" data-testid="experts-import-done">
      <Alert color="teal" variant="light" icon={<IconCircleCheck size={18} />}>
        <Text size="sm" data-testid="experts-import-added">
          {t('file.added', { count: added })}
        </Text>
      </Alert>
      {skipped.length > 0 ? (
        <Stack gap={4}>
          <Text size="sm" fw={600}>
            {t('file.skipped', { count: skipped.length })}
          </Text>
          <ScrollArea.Autosize mah="45vh" type="auto" offsetScrollbars>
            <Table striped verticalSpacing={4} data-testid="experts-import-skipped">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th w="4.5rem">{t('file.row')}</Table.Th>
                  <Table.Th w="35%">{t('file.name')}</Table.Th>
                  <Table.Th>{t('file.reason')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {skipped.map((s) => (
                  <Table.Tr key={`${s.row}:${s.name}`} data-testid="experts-import-skipped-row">
                    <Table.Td style={NUMBERS}>{format.number(s.row)}</Table.Td>
                    <Table.Td>
                      <Text size="sm" fw={500}>
                        {s.name}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm">{s.reason}</Text>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </ScrollArea.Autosize>
        </Stack>
      ) : null}
    </Stack>
  );
}

function RefusedBody(props: { issues: readonly ImportIssue[] }) {
  const t = useExpertsText();
  const format = useFormat();
  return (
    <Stack gap="md" data-testid="experts-import-refused">
      <Alert
        color="red"
        variant="light"
        icon={<IconAlertCircle size={18} />}
        title={t('file.refusedTitle')}
      >
        <Text size="sm">{t('file.refusedText')}</Text>
      </Alert>
      <ScrollArea.Autosize mah="50vh" type="auto" offsetScrollbars>
        <Table striped verticalSpacing={4} data-testid="experts-import-issues">
          <Table.Thead>
            <Table.Tr>
              <Table.Th w="4.5rem">{t('file.row')}</Table.Th>
              <Table.Th w="25%">{t('file.field')}</Table.Th>
              <Table.Th>{t('file.problem')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {props.issues.map((issue, i) => (
              <Table.Tr
                key={i}
                data-testid="experts-import-issue"
                data-row={issue.row ?? undefined}
              >
                <Table.Td style={NUMBERS}>
                  {issue.row === null ? '—' : format.number(issue.row)}
                </Table.Td>
                <Table.Td>
                  <Text size="sm" ff="monospace">
                    {issue.field || (issue.row === null ? t('file.wholeFile') : '—')}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{issue.message}</Text>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </ScrollArea.Autosize>
    </Stack>
  );
}
